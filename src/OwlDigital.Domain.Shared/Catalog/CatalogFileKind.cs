namespace OwlDigital.Catalog;

/// <summary>The catalogue files the host imports, recognised by their header row (the KDN NRW layouts).</summary>
public enum CatalogFileKind
{
    /// <summary>kdn_ozg_themenfelder.csv: themenfeld_id, themenfeld.</summary>
    Topics = 1,

    /// <summary>kdn_ozg_lebenslagen.csv: lage_id, lage, themenfeld_id, themenfeld.</summary>
    LifeSituations = 2,

    /// <summary>kdn_ozg_leistungen.csv: ozg_id, ozg_leistung, lage, themenfeld, …, ozg_typ_abgeleitet.</summary>
    OzgServices = 3,

    /// <summary>kdn_leika_leistungen_ozg_mapping.csv: leika_schluessel, leika_bezeichnung, leika_typ, ozg_id, ….</summary>
    LeiKaServices = 4,

    /// <summary>leika_typisierung_codes.csv: typ, beschreibung.</summary>
    LeiKaTypes = 5,
}

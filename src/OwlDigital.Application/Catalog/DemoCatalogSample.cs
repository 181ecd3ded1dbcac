namespace OwlDigital.Catalog;

/// <summary>
/// The demo catalogue when the public data files are not beside the checkout: a dozen entries of
/// the real catalogue (keys, names and OZG services as the KDN NRW database lists them), written in
/// its CSV layouts so that they take the same import path as the full files.
/// </summary>
internal static class DemoCatalogSample
{
    public const string OzgServices =
        "ozg_id,ozg_leistung,lage,themenfeld,anzahl_leika,leika_typen,ozg_typ_abgeleitet,kdn_internal_id\n" +
        "10257,Einbürgerung,Einwanderung,Ein- & Auswanderung,2,2/3,Typ 2/3,\n" +
        "10026,Eheschließung und -beurkundung,Eheschließung,Familie & Kind,2,2/3,Typ 2/3,\n" +
        "10557,Geburtsurkunde und -bescheinigung,Querschnitt Bürger,Querschnitt,1,2/3,Typ 2/3,\n" +
        "10148,Fischereischein,Fischen & Jagen,Engagement & Hobby,2,4,Typ 4/5,\n" +
        "10160,Hundehaltung,Tierhaltung,Engagement & Hobby,2,4,Typ 4/5,\n" +
        "10173,Parkausweise und Zufahrtsberechtigungen,Kfz-Besitz,Mobilität & Reisen,1,2/3,Typ 2/3,\n" +
        "10110,Abfallentsorgung,Wohnen & Umzug,Bauen & Wohnen,2,5,Typ 4/5,\n" +
        "10244,Fundsachen,Weitere Leistungen,Recht & Ordnung,1,2/3,Typ 2/3,\n";

    public const string LeiKaServices =
        "leika_schluessel,leika_bezeichnung,leika_typ,ozg_id,ozg_leistung,lage,themenfeld,rechtsgrundlagen,gesetze,gesetzeskuerzel,sdg1_relevant,sdg2_relevant\n" +
        "99099002000000,Einbürgerung,2/3,10257,,,,,,,0,0\n" +
        "99099002006000,Einbürgerung Genehmigung,2/3,10257,,,,,,,0,0\n" +
        "99059001000000,Eheschließung,2/3,10026,,,,,,,0,0\n" +
        "99059001019000,Eheschließung Registrierung,2/3,10026,,,,,,,0,0\n" +
        "99027001000000,Geburtszeit,2/3,10557,,,,,,,0,0\n" +
        "99042001000000,Fischereischein,4,10148,,,,,,,0,0\n" +
        "99042001012000,Fischereischein Ausstellung,4,10148,,,,,,,0,0\n" +
        "99102013000000,Hundesteuer,4,10160,,,,,,,0,0\n" +
        "99102013002000,Hundesteuer Festsetzung,4,10160,,,,,,,0,0\n" +
        "99108001001000,Bewohnerparkausweis Erteilung,2/3,10173,,,,,,,0,0\n" +
        "99001009004000,Sperrmüll Entsorgung,5,10110,,,,,,,0,0\n" +
        "99089017000000,Fundsachen,2/3,10244,,,,,,,0,0\n";
}

using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Catalog;
using OwlDigital.Memberships;

namespace OwlDigital.TestBase;

/// <summary>
/// A small catalogue written by hand in the KDN layouts, for tests that must pass without
/// ../shared/data. Municipally relevant by type: 5 LeiKa services (Bauen &amp; Wohnen 2,
/// Ein- &amp; Auswanderung 2, Engagement &amp; Hobby 1); the type-1 and type-6 rows are not.
/// </summary>
public static class CatalogSamples
{
    public const string OzgServices =
        "ozg_id,ozg_leistung,lage,themenfeld,anzahl_leika,leika_typen,ozg_typ_abgeleitet,kdn_internal_id\n" +
        "10100,Einbürgerung,Einbürgerung,Ein- & Auswanderung,2,2/3,Typ 2/3,1\n" +
        "10110,Abfallentsorgung,Wohnen & Umzug,Bauen & Wohnen,2,\"2/3, 5\",Mischleistung,2\n" +
        "10200,Personalausweis,Ausweise & Dokumente,Querschnitt,1,1,Typ 1,3\n" +
        "10300,Fischereischein,Angeln & Jagen,Engagement & Hobby,1,4,Typ 4/5,4\n";

    public const string LeiKaServices =
        "leika_schluessel,leika_bezeichnung,leika_typ,ozg_id,ozg_leistung,lage,themenfeld,rechtsgrundlagen,gesetze,gesetzeskuerzel,sdg1_relevant,sdg2_relevant\n" +
        "99001001000000,Abfallgebühr,5,10110,Abfallentsorgung,Wohnen & Umzug,Bauen & Wohnen,,,,1,0\n" +
        "99001002000000,Altpapier,2/3,10110,Abfallentsorgung,Wohnen & Umzug,Bauen & Wohnen,\"Kreislaufwirtschaftsgesetz (KrWG)\n[http://www.gesetze-im-internet.de/krwg/]\",Kreislaufwirtschaftsgesetz,KrWG,1,0\n" +
        "99050012000000,Einbürgerung beantragen,2/3,10100,Einbürgerung,Einbürgerung,Ein- & Auswanderung,,,,1,1\n" +
        "99050012104000,Einbürgerungszusicherung erteilen,2/3,10100,Einbürgerung,Einbürgerung,Ein- & Auswanderung,,,,0,0\n" +
        "99102001000000,Personalausweis beantragen,1,10200,Personalausweis,Ausweise & Dokumente,Querschnitt,,,,1,0\n" +
        "nicht im LeiKa,Fischereischein für Jugendliche,4,10300,Fischereischein,Angeln & Jagen,Engagement & Hobby,,,,0,0\n" +
        "99015001000000,\"Hinweis, allgemein\",6,,,,,,,,0,0\n";

    public static byte[] Bytes(string csv) => Encoding.UTF8.GetBytes(csv);

    /// <summary>Imports the sample OZG and LeiKa files as a host admin of the database.</summary>
    public static async Task ImportAsync(PostgresDatabaseFixture database)
    {
        var admin = await database.CreateAsync("catalog-admin@owl.test", MembershipRole.HostAdmin);
        foreach (var file in new[] { OzgServices, LeiKaServices })
        {
            var result = await database.AsUserAsync(admin, null, services =>
                services.GetRequiredService<ICatalogImportAppService>().ImportAsync(Bytes(file)));
            if (!result.Committed)
            {
                throw new InvalidOperationException("Sample catalogue refused: " + string.Join("; ", result.Problems.Select(p => $"{p.Row} {p.Column} {p.Message}")));
            }
        }
    }
}

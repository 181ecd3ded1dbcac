using System.Net;
using System.Net.Http.Json;
using System.Text;
using OwlDigital.Dtos;
using OwlDigital.Export;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Portfolios;

/// <summary>Each test imports into a tenant of its own, so their plans do not meet.</summary>
public class MeasureImport_Tests(MeasureImport_Tests.Fixture fixture) : IClassFixture<MeasureImport_Tests.Fixture>
{
    private static readonly string[] Header =
    [
        "Geschäftskreis", "Dienststelle", "Nr.", "Jahr der Meldung", "Digitalisierungsprojekt/-thema", "Erläuterung/Beschreibung",
        "Termin/Zeitraum Einführung", "Projektfortschritt (0-10, a, g) Stand 03.2022", "Projektfortschritt (0-10, a, g) Stand 09.2022", "Status (P/E/U) Stand 09.2022",
    ];

    [Fact]
    public async Task A_Workbook_With_The_Plans_Tricky_Values_Should_Import_Once_And_Then_Change_Nothing()
    {
        using var client = await fixture.ClientForAsync("05770024");
        var workbook = Workbook(
            ["I Zentrale\nSteuerung", "0.1 Zentraler\nSteuerungsdienst", "MP 011", "2021", "Online-\nBürgerbeteiligung", "Beteiligungsportal NRW", "2022", 8, 9, "U"],
            ["III Finanzen", "0.53 Finanzbuchhaltung", "MP 078", "2020-\nU(10)", "Metastorm e-work", "Rechnungsworkflow", "2010-2012", 10, 10, "U"],
            ["I Zentrale Steuerung", "0.1 Zentraler Steuerungsdienst", "MP 020", "2022", "CRM-System", null, "2023", "(Leer)", "a", "a"],
            ["I Zentrale Steuerung", "0.1 Zentraler Steuerungsdienst", "mp 29", "2022", "Einbürgerung online", "Nachnutzung EfA", "2024", "(Leer)", "g", "g"]);

        var preview = await PostAsync(client, "/api/portfolio/imports/preview", workbook);
        var first = await PostAsync(client, "/api/portfolio/imports", workbook);
        var second = await PostAsync(client, "/api/portfolio/imports", workbook);

        preview.Committed.ShouldBeFalse();
        preview.Problems.ShouldBeEmpty();
        preview.CreateCount.ShouldBe(4);
        preview.NewReportingDates.ShouldBe([new DateOnly(2022, 3, 31), new DateOnly(2022, 9, 30)]);
        first.Committed.ShouldBeTrue();
        second.CreateCount.ShouldBe(0);
        second.UpdateCount.ShouldBe(0);
        second.UnchangedCount.ShouldBe(4, "importing the same file twice changes nothing");
        var measures = (await client.GetFromJsonAsync<PagedResultDto<MeasureDto>>("/api/portfolio/measures?take=100", ApiJson.Options))!.Items;
        var mp078 = measures.Single(m => m.Number == "MP 078");
        mp078.YearReported.ShouldBe("2020-U(10)");
        mp078.PlannedIntroduction.ShouldBe("2010-2012");
        measures.Single(m => m.Number == "MP 011").Title.ShouldBe("Online- Bürgerbeteiligung");
        measures.Single(m => m.Number == "MP 020").Progress.Select(p => p.Value).ShouldBe(["a"], "(Leer) is no value");
        measures.Single(m => m.Number == "MP 029").Progress.Single().Status.ShouldBe(MeasureStatus.OnHold);
    }

    [Fact]
    public async Task Our_Own_Excel_And_Csv_Exports_Should_Import_Again_Unchanged()
    {
        using var client = await fixture.ClientForAsync("05711000");
        await PostAsync(client, "/api/portfolio/imports", Workbook(
            ["I Zentrale Steuerung", "0.1 Zentraler Steuerungsdienst", "MP 011", "2021", "Beteiligung", null, "2022", 8, 9, "U"]));

        var export = await client.GetByteArrayAsync("/api/portfolio/report.xlsx");
        var csv = await client.GetByteArrayAsync("/api/portfolio/measures.csv");
        var again = await PostAsync(client, "/api/portfolio/imports/preview", export);
        var againFromCsv = await PostAsync(client, "/api/portfolio/imports/preview", csv);

        again.Problems.ShouldBeEmpty();
        again.UnchangedCount.ShouldBe(1);
        againFromCsv.Problems.ShouldBeEmpty();
        againFromCsv.UnchangedCount.ShouldBe(1);
        Encoding.UTF8.GetString(csv[3..]).ShouldStartWith("Geschäftskreis;Dienststelle;Nr.;Jahr der Meldung;");
    }

    [Fact]
    public async Task Malformed_Files_Should_Be_Refused_Naming_Row_And_Column_And_Write_Nothing()
    {
        using var client = await fixture.ClientForAsync("05774032");
        var cases = new (string Name, byte[] Content, int Row, string Column, string Message)[]
        {
            ("empty file", [], 0, "", "Die Datei ist leer."),
            ("non-Excel bytes", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02], 0, "", "weder eine Excel-Arbeitsmappe"),
            ("broken zip", [(byte)'P', (byte)'K', 3, 4, 0, 0, 0], 0, "", "beschädigt"),
            ("wrong headers", new XlsxBuilder().Sheet("x").Row("Name", "Wert").Row("a", "b").ToBytes(), 1, "", "Keine Kopfzeile"),
            ("text in a number cell", Workbook(Row("MP 101", "2022", "zehn")), 3, Header[7], "„zehn“ ist kein Projektfortschritt"),
            ("value out of range", Workbook(Row("MP 101", "2022", 11)), 3, Header[7], "„11“ ist kein Projektfortschritt"),
            ("duplicate numbers", Workbook(Row("MP 101", "2022", 1), Row("MP 101", "2022", 2)), 4, "Nr.", "MP 101 steht schon in Zeile 3"),
            ("bad year", Workbook(Row("MP 101", "zwanzig", 1)), 3, "Jahr der Meldung", "„zwanzig“ ist kein Jahr der Meldung"),
            ("unknown org unit", Workbook(["IX Unbekannt", "9.9 Nirgendwo", "MP 101", "2022", "Titel", null, null, 1, 1, "P"]), 3, "Dienststelle", "„9.9 Nirgendwo“ gibt es nicht"),
            ("10,000 rows", Workbook(Enumerable.Range(1, 10_000).Select(i => Row($"MP {i:D5}", "2022", 1)).ToArray()), 5_051, "", "mehr als 5.000 Zeilen"),
        };

        foreach (var (name, content, row, column, message) in cases)
        {
            var response = await client.PostAsync("/api/portfolio/imports", new ByteArrayContent(content));
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, name);
            var result = (await response.Content.ReadFromJsonAsync<MeasureImportResultDto>(ApiJson.Options))!;
            result.Committed.ShouldBeFalse(name);
            result.Problems.ShouldContain(p => p.Row == row && p.Column == column && p.Message.Contains(message), $"{name}: {string.Join(" | ", result.Problems)}");
        }

        // A file with one bad row among good ones writes none of them.
        var mixed = Workbook(Row("MP 201", "2022", 5), Row("MP 202", "2022", "x"), Row("MP 203", "2022", 7));
        (await client.PostAsync("/api/portfolio/imports", new ByteArrayContent(mixed))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await client.GetFromJsonAsync<PagedResultDto<MeasureDto>>("/api/portfolio/measures", ApiJson.Options))!.TotalCount.ShouldBe(0);
        (await client.GetFromJsonAsync<List<ReportingPeriodDto>>("/api/portfolio/periods", ApiJson.Options))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_Csv_From_German_Excel_Should_Import_And_A_Closed_Round_Should_Not_Change()
    {
        using var client = await fixture.ClientForAsync("05766020");
        var csv = "Nr.;Jahr der Meldung;Dienststelle;Titel;Projektfortschritt Stand 03.2022\r\nMP 300;2021;0.1;Verfahren \"Alpha\";3\r\n";
        var latin1 = Encoding.Latin1.GetBytes(csv.Replace("Verfahren", "Verfahrensänderung", StringComparison.Ordinal));

        var imported = await PostAsync(client, "/api/portfolio/imports", latin1);
        var changed = await client.PostAsync("/api/portfolio/imports", new ByteArrayContent(Encoding.UTF8.GetBytes(csv.Replace(";3\r\n", ";4\r\n", StringComparison.Ordinal))));

        imported.Committed.ShouldBeTrue();
        changed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await changed.Content.ReadFromJsonAsync<MeasureImportResultDto>(ApiJson.Options))!.Problems.Single().Message.ShouldContain("31.03.2022 ist abgeschlossen");
        var measure = (await client.GetFromJsonAsync<PagedResultDto<MeasureDto>>("/api/portfolio/measures", ApiJson.Options))!.Items.Single();
        measure.Title.ShouldBe("Verfahrensänderung \"Alpha\"");
        measure.Progress.Single().Value.ShouldBe("3");
    }

    [Fact]
    public async Task An_Import_Should_Add_Reporting_Dates_Only_With_ManagePeriods_And_Never_After_The_Next_One_Due()
    {
        using var cdo = await fixture.ClientForAsync("05762004");
        var tenantId = await fixture.TenantIdAsync("05762004");
        await fixture.CreateAsync("import-editor-05762004@owl.test", MembershipRole.TenantEditor, tenantId);
        using var editor = await fixture.Factory.SignedInClientAsync("import-editor-05762004@owl.test");
        var nextDue = OwlDigital.Portfolios.ReportingDates.NextDue(DateOnly.FromDateTime(DateTime.Now));
        string Csv(DateOnly date) => $"Nr.;Jahr der Meldung;Dienststelle;Titel;Projektfortschritt Stand {date:MM.yyyy}\r\nMP 400;2021;0.1;Kalender;3\r\n";
        var periodsBefore = await cdo.GetStringAsync("/api/portfolio/periods");

        var byEditor = await editor.PostAsync("/api/portfolio/imports", new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(new DateOnly(2022, 9, 30)))));
        var farFuture = await cdo.PostAsync("/api/portfolio/imports", new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(new DateOnly(2099, 9, 30)))));
        var afterNext = await cdo.PostAsync("/api/portfolio/imports", new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(OwlDigital.Portfolios.ReportingDates.NextDue(nextDue.AddDays(1))))));
        var periodsAfterRefusals = await cdo.GetStringAsync("/api/portfolio/periods");
        var byCdo = await PostAsync(cdo, "/api/portfolio/imports", Encoding.UTF8.GetBytes(Csv(new DateOnly(2022, 9, 30))));
        var byEditorNow = await editor.PostAsync("/api/portfolio/imports", new ByteArrayContent(Encoding.UTF8.GetBytes(Csv(new DateOnly(2022, 9, 30)))));

        foreach (var (response, message) in new[] { (byEditor, "Neue Berichtstermine legt an, wer Berichtsrunden verwalten darf"), (farFuture, "30.09.2099 liegt nach dem nächsten fälligen Termin"), (afterNext, "liegt nach dem nächsten fälligen Termin") })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            var problem = (await response.Content.ReadFromJsonAsync<MeasureImportResultDto>(ApiJson.Options))!.Problems.ShouldHaveSingleItem();
            problem.Message.ShouldContain(message);
            problem.Row.ShouldBe(1, "the header row");
            problem.Column.ShouldStartWith("Projektfortschritt Stand", Case.Sensitive, "the column that names the date");
        }

        periodsAfterRefusals.ShouldBe(periodsBefore, "no reporting round was invented");
        (byCdo.Committed, byCdo.NewReportingDates.Single()).ShouldBe((true, new DateOnly(2022, 9, 30)), "the CDO may add a past round");
        byEditorNow.StatusCode.ShouldBe(HttpStatusCode.OK, "once the round exists, the editor's import only fills it");
    }

    // Row 1 of the workbook is a title, row 2 the header: the first measure is in row 3, as Excel shows it.
    private static object?[] Row(string number, string year, object? march) =>
        ["I Zentrale Steuerung", "0.1 Zentraler Steuerungsdienst", number, year, $"Vorhaben {number}", null, "2023", march, null, null];

    private static byte[] Workbook(params object?[][] rows)
    {
        var builder = new XlsxBuilder().Sheet("Anlage 4").Row("Anlage 4 - Maßnahmenplan Verwaltungsdigitalisierung").Row([.. Header]);
        foreach (var row in rows)
        {
            builder.Row(row);
        }

        return builder.ToBytes();
    }

    private static async Task<MeasureImportResultDto> PostAsync(HttpClient client, string path, byte[] content)
    {
        var response = await client.PostAsync(path, new ByteArrayContent(content));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MeasureImportResultDto>(ApiJson.Options))!;
    }

    public sealed class Fixture : WebHostFixture
    {
        /// <summary>A CDO of the tenant with Minden's two org units, signed in.</summary>
        public async Task<HttpClient> ClientForAsync(string ags)
        {
            var email = $"import-{ags}@owl.test";
            await this.CreateAsync(email, MembershipRole.TenantAdmin, await this.TenantIdAsync(ags));
            var client = await Factory.SignedInClientAsync(email);
            var area = await (await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "I", name = "Zentrale Steuerung" })).Content.ReadFromJsonAsync<OrgUnitDto>(ApiJson.Options);
            await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "0.1", name = "Zentraler Steuerungsdienst", businessAreaId = area!.Id });
            var finance = await (await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "III", name = "Finanzen" })).Content.ReadFromJsonAsync<OrgUnitDto>(ApiJson.Options);
            await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "0.53", name = "Finanzbuchhaltung", businessAreaId = finance!.Id });
            return client;
        }
    }
}

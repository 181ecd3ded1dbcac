using System.Net;
using System.Net.Http.Json;
using System.Text;
using OwlDigital.Export;
using OwlDigital.OnlineServices;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.OnlineServices;

/// <summary>The list of online services in and out in the layout of Anlage 6 (seed 000), with the rules of the measures import.</summary>
public class ServiceListImport_Tests(OnlineServices_Tests.Fixture fixture) : IClassFixture<OnlineServices_Tests.Fixture>
{
    private static readonly string[] Header =
    [
        "Geschäfts-\nkreis", "Geschäftskreis-\nBezeichnung", "Dienst-\nstelle", "Dienststelle-\nBezeichnung", "Nr. \nOnline-\nDienst",
        "Bezeichnung Online-Dienst", "Umsetzungsart", "Status \n(P/E/U)\n03.2023", "Status \n(P/E/U)\n09.2023", "Nr. lt. \nMaßnahmenplan \nVwDigitalisierung",
    ];

    [Fact]
    public async Task The_Published_List_Should_Import_Once_Then_Change_Nothing_And_Our_Exports_Should_Import_Back_Unchanged()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05770024", "2023-03-31", "2023-09-30");
        (await api.Client.PostAsJsonAsync("/api/portfolio/measures", new { number = "MP 029", yearReported = "2022", orgUnitId = api.OrgUnitId, title = "Einbürgerung online", benefits = "ServiceImprovement" }, ApiJson.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = Workbook(
            ["I Zentrale\nSteuerung", "", "0.1", "Zentraler\nSteuerungsdienst", "OD 001", "Quartierfonds Förderung beantragen", "eigenes \nAntragsmanagement", "P", "P", "nein"],
            ["I Zentrale Steuerung", "", "0.1", "Zentraler Steuerungsdienst", "OD 006", "Ukrainehilfe Wohnraum melden", "Externe Portale", "U", "U", "nein"],
            ["I Zentrale Steuerung", "", "0.1", "Zentraler Steuerungsdienst", "OD 013", "Einbürgerung beantragen", "Fachverfahren/Webdienste", "P", "E", "MP 029"]);

        var preview = await PostAsync(api.Client, "/api/services/imports/preview", list);
        var first = await PostAsync(api.Client, "/api/services/imports", list);
        var second = await PostAsync(api.Client, "/api/services/imports", list);

        preview.Problems.ShouldBeEmpty();
        (preview.Committed, preview.CreateCount).ShouldBe((false, 3));
        first.Committed.ShouldBeTrue();
        (second.CreateCount, second.UpdateCount, second.UnchangedCount).ShouldBe((0, 0, 3), "importing the same file twice changes nothing");
        var services = (await api.GetAsync<OwlDigital.Dtos.PagedResultDto<OnlineServiceDto>>("/api/services")).Items;
        var od013 = services.Single(s => s.Number == "OD 013");
        (od013.MeasureNumber, od013.Implementation, od013.CurrentStatus).ShouldBe(("MP 029", ImplementationWay.SpecialistProcedure, ServiceStatus.BeingIntroduced));
        services.Single(s => s.Number == "OD 001").Implementation.ShouldBe(ImplementationWay.OwnApplicationManagement, "the line break inside the cell does not matter");
        var report = await api.GetAsync<ServiceReportDto>("/api/services/report");
        report.Periods.Select(p => (p.Planned, p.BeingIntroduced, p.Implemented)).ShouldBe([(2, 0, 1), (1, 1, 1)]);

        var xlsx = await api.Client.GetByteArrayAsync("/api/services/export.xlsx");
        var csv = await api.Client.GetByteArrayAsync("/api/services/export.csv");
        (await PostAsync(api.Client, "/api/services/imports/preview", xlsx)).UnchangedCount.ShouldBe(3);
        (await PostAsync(api.Client, "/api/services/imports/preview", csv)).UnchangedCount.ShouldBe(3);
        Encoding.UTF8.GetString(csv[3..]).ShouldStartWith("Geschäftskreis;Geschäftskreis-Bezeichnung;Dienststelle;Dienststelle-Bezeichnung;Nr. Online-Dienst;Bezeichnung Online-Dienst;Umsetzungsart;Status (P/E/U) 03.2023;Status (P/E/U) 09.2023;");
    }

    [Fact]
    public async Task A_List_With_Bad_Rows_Should_Name_Every_Problem_By_Row_And_Column_And_Write_Nothing()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05711000", "2023-03-31", "2023-09-30");
        var list = Workbook(
            ["I", "", "0.1", "", "OD 001", "Quartierfonds Förderung beantragen", "eigenes Antragsmanagement", "P", "X", "nein"],
            ["I", "", "9.9", "", "OD 002", "Veranstaltungen buchen", "Fax", "P", "P", "MP 221"],
            ["I", "", "0.1", "", "OD 001", "Doppelt", "Externe Portale", "U", "U", "nein"],
            ["I", "", "0.1", "", "XY 3", "Keine Nummer", "Externe Portale", "U", "U", "nein"]);

        var response = await api.Client.PostAsync("/api/services/imports", new ByteArrayContent(list));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var result = (await response.Content.ReadFromJsonAsync<OnlineServiceImportResultDto>(ApiJson.Options))!;
        result.Problems.Select(p => (p.Row, p.Column.Replace("\n", " ", StringComparison.Ordinal))).ShouldBe(
        [
            (2, "Status (P/E/U) 09.2023"),
            (3, "Umsetzungsart"),
            (3, "Dienst- stelle"),
            (3, "Nr. lt. Maßnahmenplan VwDigitalisierung"),
            (4, "Nr. Online- Dienst"),
            (5, "Nr. Online- Dienst"),
        ]);
        result.Problems[0].Message.ShouldContain("„X“ ist kein Status");
        result.Problems[1].Message.ShouldContain("„Fax“ ist keine Umsetzungsart");
        result.Problems[3].Message.ShouldContain("MP 221");
        result.Problems[4].Message.ShouldContain("steht schon in Zeile 2");
        (await api.GetAsync<OwlDigital.Dtos.PagedResultDto<OnlineServiceDto>>("/api/services")).TotalCount.ShouldBe(0, "a refused file writes nothing");

        var unknownDate = WorkbookWithHeader(
            Header.Select(h => h.Replace("03.2023", "03.2022", StringComparison.Ordinal)).ToArray(),
            ["I", "", "0.1", "", "OD 001", "Titel", "Externe Portale", "U", "U", "nein"]);
        var dateResult = (await (await api.Client.PostAsync("/api/services/imports/preview", new ByteArrayContent(unknownDate))).Content.ReadFromJsonAsync<OnlineServiceImportResultDto>(ApiJson.Options))!;
        dateResult.Problems.ShouldHaveSingleItem().Message.ShouldContain("Für den 31.03.2022 gibt es keine Berichtsrunde");
    }

    private static byte[] Workbook(params object?[][] rows) => WorkbookWithHeader(Header, rows);

    private static byte[] WorkbookWithHeader(string[] header, params object?[][] rows)
    {
        var builder = new XlsxBuilder().Sheet("Anlage 6").Row([.. header]);
        foreach (var row in rows)
        {
            builder.Row(row);
        }

        return builder.ToBytes();
    }

    private static async Task<OnlineServiceImportResultDto> PostAsync(HttpClient client, string url, byte[] content)
    {
        var response = await client.PostAsync(url, new ByteArrayContent(content));
        return (await response.Content.ReadFromJsonAsync<OnlineServiceImportResultDto>(ApiJson.Options))!;
    }
}

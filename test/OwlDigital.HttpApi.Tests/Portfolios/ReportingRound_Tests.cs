using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Portfolios;

public class ReportingRound_Tests(ReportingRound_Tests.Fixture fixture) : IClassFixture<ReportingRound_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task A_Round_Should_Collect_Progress_Refuse_Bad_Values_Whole_Freeze_When_Closed_And_Feed_The_Report()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@paderborn.test");
        using var editor = await fixture.Factory.SignedInClientAsync("editor@paderborn.test");
        var orgUnit = await PostAsync<OrgUnitDto>(cdo, "/api/portfolio/org-units", new { code = "R1", name = "Runde" });
        var a = await CreateMeasureAsync(editor, orgUnit.Id, "MP 901", "2022");
        var b = await CreateMeasureAsync(editor, orgUnit.Id, "MP 902", "2023");
        var c = await CreateMeasureAsync(editor, orgUnit.Id, "MP 903", "2020-U(10)");
        var period = await PostAsync<ReportingPeriodDto>(cdo, "/api/portfolio/periods", new { reportingDate = "2023-09-30" });

        // One bad value: nothing of the three is saved, and the message names the measure.
        var bad = await editor.PutAsJsonAsync($"/api/portfolio/periods/{period.Id}/progress", new
        {
            entries = new object[]
            {
                new { measureId = a.Id, value = "9", concurrencyStamp = a.ConcurrencyStamp },
                new { measureId = b.Id, value = "11", concurrencyStamp = b.ConcurrencyStamp },
            },
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("MP 902");
        (await GetSheetAsync(editor, period.Id)).Rows.ShouldAllBe(r => r.Value == null);

        var saved = await editor.PutAsJsonAsync($"/api/portfolio/periods/{period.Id}/progress", new
        {
            entries = new object[]
            {
                new { measureId = a.Id, value = "9", concurrencyStamp = a.ConcurrencyStamp },
                new { measureId = b.Id, value = "g", concurrencyStamp = b.ConcurrencyStamp },
                new { measureId = c.Id, value = "10", concurrencyStamp = c.ConcurrencyStamp },
            },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var sheet = (await saved.Content.ReadFromJsonAsync<ProgressSheetDto>(Json))!;
        sheet.Rows.Select(r => r.Value).ShouldBe(["9", "g", "10"]);
        sheet.Period.ReportedCount.ShouldBe(3);

        (await cdo.PostAsync($"/api/portfolio/periods/{period.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var frozen = await editor.PutAsJsonAsync($"/api/portfolio/periods/{period.Id}/progress", new
        {
            entries = new[] { new { measureId = a.Id, value = "10", concurrencyStamp = sheet.Rows[0].ConcurrencyStamp } },
        });
        frozen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Portfolios.PeriodClosed);

        var report = (await cdo.GetFromJsonAsync<CouncilReportDto>("/api/portfolio/report", Json))!;
        var column = report.Columns.Single();
        column.ByStatus.Single(s => s.Status == MeasureStatus.Implemented).ShouldBe(new StatusFiguresDto(MeasureStatus.Implemented, 1, 9));
        column.ByStatus.Single(s => s.Status == MeasureStatus.OnHold).Count.ShouldBe(1);
        column.TotalCount.ShouldBe(1, "MP 903 was implemented before the plan began, MP 902 is on hold");
        column.NewlyImplemented.ShouldBe(["MP 901"]);
        report.ByYearReported.ShouldBe([new YearReportedCountDto("2020-U(10)", 1), new YearReportedCountDto("2022", 1), new YearReportedCountDto("2023", 1)]);

        var workbook = await cdo.GetAsync("/api/portfolio/report.xlsx");
        workbook.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheets = ReadWorkbook(await workbook.Content.ReadAsByteArrayAsync());
        sheets.Keys.ShouldBe(["Bericht zum Maßnahmenplan", "Maßnahmenplan"]);
        sheets["Bericht zum Maßnahmenplan"].ShouldContain(row => row.SequenceEqual(new[] { "U – umgesetzt", "9" }), "sum of the implemented, as a number");
        sheets["Maßnahmenplan"][0].ShouldBe(
            ["Geschäftskreis", "Dienststelle", "Nr.", "Jahr der Meldung", "Digitalisierungsprojekt/-thema", "Erläuterung/Beschreibung", "Termin/Zeitraum Einführung", "Projektfortschritt Stand 09.2023", "Projektstatus"]);
        sheets["Maßnahmenplan"].Skip(1).Select(r => (r[2], r[7], r[8])).ShouldBe([("MP 901", "9", "U"), ("MP 902", "g", "g"), ("MP 903", "10", "U")]);

        (await cdo.PostAsync($"/api/portfolio/periods/{period.Id}/reopen", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = (await cdo.GetFromJsonAsync<PagedResultDto<OwlDigital.Auditing.AuditLogEntryDto>>($"/api/audit-log?entityType=ReportingPeriod&entityId={period.Id}", Json))!;
        audit.Items.ShouldContain(e => e.Changes.Any(ch => ch.Property == "IsClosed" && ch.OldValue == "True" && ch.NewValue == "False"));
    }

    [Fact]
    public async Task Deleting_An_Org_Unit_That_Still_Has_Measures_Should_Be_Refused_In_Words_And_Delete_Nothing()
    {
        // Found by trying: the foreign key used to answer this with a 500.
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@paderborn.test");
        var orgUnit = await PostAsync<OrgUnitDto>(cdo, "/api/portfolio/org-units", new { code = "D1", name = "Mit Maßnahmen" });
        await CreateMeasureAsync(cdo, orgUnit.Id, "MP 951", "2023");
        await CreateMeasureAsync(cdo, orgUnit.Id, "MP 952", "2023");

        var refused = await cdo.DeleteAsync($"/api/portfolio/org-units/{orgUnit.Id}");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Portfolios.OrgUnitHasMeasures);
        problem.GetProperty("detail").GetString()!.ShouldContain("D1");
        problem.GetProperty("detail").GetString()!.ShouldContain("2 Maßnahmen");
        (await cdo.GetAsync($"/api/portfolio/org-units/{orgUnit.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_Period_Must_Be_A_Reporting_Date_And_Only_Admins_Open_It()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var editor = await fixture.Factory.SignedInClientAsync("editor@minden.test");

        var wrongDate = await cdo.PostAsJsonAsync("/api/portfolio/periods", new { reportingDate = "2023-06-30" });
        var byEditor = await editor.PostAsJsonAsync("/api/portfolio/periods", new { reportingDate = "2024-03-31" });

        wrongDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await wrongDate.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("reportingDate", out _).ShouldBeTrue();
        problem.GetProperty("detail").GetString()!.ShouldContain("30.06.2023");
        byEditor.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_Editors_Saving_The_Same_Measure_Should_Not_Lose_An_Update()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var first = await fixture.Factory.SignedInClientAsync("editor@minden.test");
        using var second = await fixture.Factory.SignedInClientAsync("second@minden.test");
        var orgUnit = await PostAsync<OrgUnitDto>(cdo, "/api/portfolio/org-units", new { code = "K2", name = "Konflikt" });
        var measure = await CreateMeasureAsync(first, orgUnit.Id, "MP 950", "2023");
        var period = await PostAsync<ReportingPeriodDto>(cdo, "/api/portfolio/periods", new { reportingDate = "2024-03-31" });

        var one = await first.PutAsJsonAsync($"/api/portfolio/periods/{period.Id}/progress", new { entries = new[] { new { measureId = measure.Id, value = "4", concurrencyStamp = measure.ConcurrencyStamp } } });
        var two = await second.PutAsJsonAsync($"/api/portfolio/periods/{period.Id}/progress", new { entries = new[] { new { measureId = measure.Id, value = "6", concurrencyStamp = measure.ConcurrencyStamp } } });

        one.StatusCode.ShouldBe(HttpStatusCode.OK);
        two.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await two.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("MP 950");
        (await GetSheetAsync(first, period.Id)).Rows.Single(r => r.Number == "MP 950").Value.ShouldBe("4");
    }

    [Fact]
    public async Task Another_Tenant_Should_Neither_See_Nor_Touch_The_Measures()
    {
        using var minden = await fixture.Factory.SignedInClientAsync("editor@minden.test");
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var bielefeld = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var orgUnit = await PostAsync<OrgUnitDto>(cdo, "/api/portfolio/org-units", new { code = "X1", name = "Grenze" });
        var measure = await CreateMeasureAsync(minden, orgUnit.Id, "MP 990", "2023");
        var bielefeldPeriod = await PostAsync<ReportingPeriodDto>(bielefeld, "/api/portfolio/periods", new { reportingDate = "2022-09-30" });

        (await bielefeld.GetAsync($"/api/portfolio/measures/{measure.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bielefeld.PutAsJsonAsync($"/api/portfolio/measures/{measure.Id}", new { number = "MP 990", yearReported = "2023", orgUnitId = orgUnit.Id, title = "Übernommen", benefits = "CostSaving", concurrencyStamp = measure.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var foreignProgress = await bielefeld.PutAsJsonAsync(
            $"/api/portfolio/periods/{bielefeldPeriod.Id}/progress",
            new { entries = new[] { new { measureId = measure.Id, value = "1", concurrencyStamp = measure.ConcurrencyStamp } } });
        foreignProgress.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bielefeld.GetFromJsonAsync<PagedResultDto<MeasureDto>>("/api/portfolio/measures?take=100", Json))!.Items.ShouldNotContain(m => m.Id == measure.Id);
        (await bielefeld.PostAsJsonAsync("/api/portfolio/measures", new { number = "MP 991", yearReported = "2023", orgUnitId = orgUnit.Id, title = "Fremde Einheit", benefits = "CostSaving" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "Minden's org unit does not exist for Bielefeld");
    }

    [Fact]
    public async Task Bad_Measures_Should_Be_Refused_Naming_The_Field()
    {
        using var editor = await fixture.Factory.SignedInClientAsync("editor@minden.test");
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        var orgUnit = await PostAsync<OrgUnitDto>(cdo, "/api/portfolio/org-units", new { code = "V1", name = "Validierung" });
        await CreateMeasureAsync(editor, orgUnit.Id, "MP 970", "2023");

        var cases = new (object Body, string Field)[]
        {
            (new { number = "970", yearReported = "2023", orgUnitId = orgUnit.Id, title = "T", benefits = "CostSaving" }, "number"),
            (new { number = "MP 971", yearReported = "2010-2012", orgUnitId = orgUnit.Id, title = "T", benefits = "CostSaving" }, "yearReported"),
            (new { number = "MP 972", yearReported = "2023", orgUnitId = orgUnit.Id, title = "T", benefits = "None" }, "benefits"),
            (new { number = "MP 973", yearReported = "2023", orgUnitId = orgUnit.Id, title = "", benefits = "CostSaving" }, "title"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await editor.PostAsJsonAsync("/api/portfolio/measures", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, field);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var duplicate = await editor.PostAsJsonAsync("/api/portfolio/measures", new { number = "mp 970", yearReported = "2023", orgUnitId = orgUnit.Id, title = "Doppelt", benefits = "CostSaving" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    // Every sheet as rows of cell texts (numbers as written), read with the Open XML SDK like any other consumer.
    private static Dictionary<string, List<string[]>> ReadWorkbook(byte[] bytes)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbookPart = document.WorkbookPart!;
        return workbookPart.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToDictionary(
            sheet => sheet.Name!.Value!,
            sheet => ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbookPart.GetPartById(sheet.Id!))
                .Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
                .Select(row => row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray())
                .ToList());
    }

    private static async Task<MeasureDto> CreateMeasureAsync(HttpClient client, Guid orgUnitId, string number, string yearReported) =>
        await PostAsync<MeasureDto>(client, "/api/portfolio/measures", new
        {
            number, yearReported, orgUnitId, title = $"Maßnahme {number}", benefits = "ServiceImprovement, InternalBenefit",
        });

    private static async Task<ProgressSheetDto> GetSheetAsync(HttpClient client, Guid periodId) =>
        (await client.GetFromJsonAsync<ProgressSheetDto>($"/api/portfolio/periods/{periodId}/progress", Json))!;

    private static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public sealed class Fixture : WebHostFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var minden = await this.TenantIdAsync("05770024");
            await this.CreateAsync("cdo@minden.test", MembershipRole.TenantAdmin, minden);
            await this.CreateAsync("editor@minden.test", MembershipRole.TenantEditor, minden);
            await this.CreateAsync("second@minden.test", MembershipRole.TenantEditor, minden);
            await this.CreateAsync("cdo@bielefeld.test", MembershipRole.TenantAdmin, await this.TenantIdAsync("05711000"));

            // The full round runs in a tenant of its own, so the other tests' measures stay out of its report.
            var paderborn = await this.TenantIdAsync("05774032");
            await this.CreateAsync("cdo@paderborn.test", MembershipRole.TenantAdmin, paderborn);
            await this.CreateAsync("editor@paderborn.test", MembershipRole.TenantEditor, paderborn);
        }
    }
}

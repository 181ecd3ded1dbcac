using System.Net;
using System.Net.Http.Json;
using OwlDigital.Memberships;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys;

/// <summary>
/// Seven municipalities of the district Minden-Lübbecke sign off a round (k = 5): five use LoRaWAN,
/// one plans it, one does not.
/// </summary>
public class SurveyReport_Tests(SurveyReport_Tests.Fixture fixture) : IClassFixture<SurveyReport_Tests.Fixture>
{
    [Fact]
    public async Task Tenants_Should_See_The_Published_Report_With_Small_Cells_Suppressed_And_Their_Own_Answer_Marked()
    {
        var round = fixture.Round;
        using var minden = await fixture.CdoAsync("05770024");

        var report = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{round}/report", ApiJson.Options))!;

        (report.IsRestricted, report.Respondents, report.Suppressed).ShouldBe((true, 7, null));
        var lora = report.Questions.Single(q => q.QuestionId == "lora.state");
        lora.Cells.Select(c => (c.Key, c.Count)).ShouldBe([("inUse", 5), ("planned", null), ("no", null)], "1 and 1 are under k = 5");
        lora.OwnKeys.ShouldBe(["inUse"]);
        var district = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{round}/report?district=05770", ApiJson.Options))!;
        district.Respondents.ShouldBe(7, "the district holds all seven: nothing to subtract");
        var districts = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{round}/report?kind=District", ApiJson.Options))!;
        (districts.Suppressed, districts.Respondents).ShouldBe((null, 0), "no district authority answered: an empty selection tells nothing");
    }

    [Fact]
    public async Task A_Tenant_Should_See_Its_District_Beside_The_Region_Unless_The_District_Is_Too_Small()
    {
        using var minden = await fixture.CdoAsync("05770024");
        using var bielefeld = await fixture.CdoAsync("05711000");

        var mindens = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{fixture.Round}/report", ApiJson.Options))!;
        var bielefelds = (await bielefeld.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{fixture.Round}/report", ApiJson.Options))!;
        var filtered = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{fixture.Round}/report?district=05770", ApiJson.Options))!;

        (mindens.DistrictKey, mindens.DistrictRespondents, mindens.DistrictSuppressed).ShouldBe(("05770", 7, null));
        mindens.Questions.Single(q => q.QuestionId == "lora.state").DistrictCells!.Select(c => (c.Key, c.Count))
            .ShouldBe([("inUse", 5), ("planned", null), ("no", null)], "the district column is suppressed like the region's");
        (bielefelds.DistrictKey, bielefelds.DistrictRespondents, bielefelds.DistrictSuppressed).ShouldBe(("05711", null, SuppressionReason.ProtectsSmallGroups), "nobody in Bielefeld answered");
        bielefelds.Questions.ShouldAllBe(q => q.DistrictCells == null);
        filtered.DistrictKey.ShouldBeNull("with a district filter the report is the district already");
    }

    [Fact]
    public async Task The_Report_Should_Print_To_Pdf_For_Whoever_May_Read_It()
    {
        using var minden = await fixture.CdoAsync("05770024");
        using var admin = await fixture.AdminAsync();
        var draft = await (await admin.PostAsJsonAsync("/api/survey/rounds", new { name = "Entwurf für PDF", periodStart = "2026-01-01", periodEnd = "2026-06-30" }, ApiJson.Options))
            .Content.ReadFromJsonAsync<SurveyRoundDto>(ApiJson.Options);

        var response = await minden.GetAsync($"/api/survey/rounds/{fixture.Round}/report.pdf?district=05770");
        var pdf = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(pdf));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("benchmark-erhebung-2024-25.pdf");
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        pdf.Length.ShouldBeGreaterThan(10_000, "seven chapters of figures, not an empty page");
        if (Environment.GetEnvironmentVariable("OWLDIGITAL_TEST_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            // Kept for a look at the layout; the figures themselves are tested on the page.
            Directory.CreateDirectory(artifacts);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "survey-report.pdf"), pdf);
        }

        (await minden.GetAsync($"/api/survey/rounds/{draft!.Id}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an unpublished round is not printed for tenants");
    }

    [Fact]
    public async Task Host_Roles_Should_See_Every_Figure_And_Tenants_Nothing_Before_Publication()
    {
        await fixture.CreateAsync("report-analyst@owl.test", MembershipRole.RegionalAnalyst);
        using var analyst = await fixture.Factory.SignedInClientAsync("report-analyst@owl.test");

        var report = (await analyst.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{fixture.Round}/report", ApiJson.Options))!;
        report.IsRestricted.ShouldBeFalse();
        report.Questions.Single(q => q.QuestionId == "lora.state").Cells.Select(c => c.Count).ShouldBe([5, 1, 1]);
        report.Questions.Single(q => q.QuestionId == "org.cdo").NotAnswered.ShouldBe(7, "nobody answered it: shown as such, not dropped");

        using var admin = await fixture.AdminAsync();
        var draft = await (await admin.PostAsJsonAsync("/api/survey/rounds", new { name = "Unveröffentlicht", periodStart = "2026-01-01", periodEnd = "2026-06-30" }, ApiJson.Options))
            .Content.ReadFromJsonAsync<SurveyRoundDto>(ApiJson.Options);
        using var minden = await fixture.CdoAsync("05770024");
        (await minden.GetAsync($"/api/survey/rounds/{draft!.Id}/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Exports_Should_Carry_The_Same_Suppression_And_Raw_Answers_Only_For_Host_Roles()
    {
        using var minden = await fixture.CdoAsync("05770024");
        await fixture.CreateAsync("report-analyst2@owl.test", MembershipRole.RegionalAnalyst);
        using var analyst = await fixture.Factory.SignedInClientAsync("report-analyst2@owl.test");

        var csv = System.Text.Encoding.UTF8.GetString(await minden.GetByteArrayAsync($"/api/survey/rounds/{fixture.Round}/report.csv"));
        var tenantBook = OwlDigital.Import.TableFileReader.Read(await minden.GetByteArrayAsync($"/api/survey/rounds/{fixture.Round}/report.xlsx")).Sheets!;
        var hostBook = OwlDigital.Import.TableFileReader.Read(await analyst.GetByteArrayAsync($"/api/survey/rounds/{fixture.Round}/report.xlsx")).Sheets!;

        csv.ShouldContain("lora.state;inUse;5;7;");
        csv.ShouldContain("lora.state;planned;.;7;");
        csv.ShouldNotContain("05770024", Case.Sensitive, "no tenant is named in the open data");
        tenantBook.Count.ShouldBe(8, "one sheet per chapter and one for the method and protection");
        tenantBook.SelectMany(sheet => sheet.Rows.Select(r => r.Cells)).ShouldNotContain(row => row.Contains("05770024"));
        hostBook.Count.ShouldBe(9, "host roles get the raw answers as well");
        hostBook[^1].Rows.ShouldContain(row => row.Cells.Length > 0 && row.Cells[0] == "05770024");
    }

    [Fact]
    public async Task The_Answer_Map_Should_Show_Each_Tenants_Answer_To_Host_Roles_Only()
    {
        await fixture.CreateAsync("report-analyst3@owl.test", MembershipRole.RegionalAnalyst);
        using var analyst = await fixture.Factory.SignedInClientAsync("report-analyst3@owl.test");
        using var minden = await fixture.CdoAsync("05770024");

        var map = (await analyst.GetFromJsonAsync<List<TenantAnswerDto>>($"/api/survey/rounds/{fixture.Round}/map?question=lora.state", ApiJson.Options))!;

        map.Count.ShouldBe(76, "every active tenant is on the map");
        map.Count(a => a.Key == "inUse").ShouldBe(5);
        var rahden = await fixture.TenantIdAsync("05770040");
        map.Single(a => a.TenantId == rahden).Key.ShouldBe("no");
        map.Count(a => a.Key is null).ShouldBe(69, "not answered is shown as such");
        (await minden.GetAsync($"/api/survey/rounds/{fixture.Round}/map?question=lora.state")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.GetAsync($"/api/survey/rounds/{fixture.Round}/map?question=lora.useCases")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    public sealed class Fixture : WebHostFixture
    {
        private static readonly (string Ags, string Lora)[] Answers =
        [
            ("05770004", "inUse"), ("05770008", "inUse"), ("05770012", "inUse"), ("05770016", "inUse"), ("05770024", "inUse"), ("05770028", "planned"), ("05770040", "no"),
        ];

        public Guid Round { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            using var admin = await AdminAsync();
            var round = await (await admin.PostAsJsonAsync("/api/survey/rounds", new { name = "Erhebung 2024/25", periodStart = "2024-10-01", periodEnd = "2025-06-30" }, ApiJson.Options))
                .Content.ReadFromJsonAsync<SurveyRoundDto>(ApiJson.Options);
            Round = round!.Id;
            (await admin.PostAsync($"/api/survey/rounds/{Round}/open", null)).EnsureSuccessStatusCode();
            foreach (var (ags, lora) in Answers)
            {
                using var cdo = await CdoAsync(ags);
                var body = new { answers = new Dictionary<string, object> { ["lora.state"] = new { text = lora } }, signOff = true, concurrencyStamp = (string?)null };
                (await cdo.PutAsJsonAsync($"/api/survey/rounds/{Round}/response", body, ApiJson.Options)).EnsureSuccessStatusCode();
            }

            (await admin.PostAsync($"/api/survey/rounds/{Round}/close", null)).EnsureSuccessStatusCode();
            (await admin.PostAsync($"/api/survey/rounds/{Round}/publish", null)).EnsureSuccessStatusCode();
        }

        public async Task<HttpClient> AdminAsync()
        {
            await this.CreateAsync("report-admin@owl.test", MembershipRole.HostAdmin);
            return await Factory.SignedInClientAsync("report-admin@owl.test");
        }

        public async Task<HttpClient> CdoAsync(string ags)
        {
            await this.CreateAsync($"report-cdo-{ags}@owl.test", MembershipRole.TenantAdmin, await this.TenantIdAsync(ags));
            return await Factory.SignedInClientAsync($"report-cdo-{ags}@owl.test");
        }
    }
}

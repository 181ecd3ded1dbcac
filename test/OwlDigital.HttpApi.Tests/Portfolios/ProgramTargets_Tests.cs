using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Portfolios;

public class ProgramTargets_Tests(ProgramTargets_Tests.Fixture fixture) : IClassFixture<ProgramTargets_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task Computed_Targets_Should_Follow_The_Measures_And_Manual_Ones_Their_Entries()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        var orgUnit = await PostAsync<OrgUnitDto>(cdo, "/api/portfolio/org-units", new { code = "P1", name = "Programme" });
        var program = await PostAsync<ProgramDto>(cdo, "/api/portfolio/programs", new { name = "Online-Dienste", description = "Bis Ende 2025 sind 100 Online-Dienste umgesetzt.", strategicGoal = "Wir machen städtische Leistungen umfassend digital verfügbar." });
        program = await PostAsync<ProgramDto>(cdo, $"/api/portfolio/programs/{program.Id}/targets", new
        {
            text = "Bis Ende 2025 sind 3 Maßnahmen des Programms umgesetzt", metric = "MeasuresImplemented", targetValue = 3, deadline = "2025-12-31", concurrencyStamp = program.ConcurrencyStamp,
        });
        program = await PostAsync<ProgramDto>(cdo, $"/api/portfolio/programs/{program.Id}/targets", new
        {
            text = "Mindestens 50 % der Bildschirmarbeitsplätze am DMS", metric = "Manual", targetValue = 50, deadline = "2025-12-31", concurrencyStamp = program.ConcurrencyStamp,
        });
        var measures = new List<MeasureDto>();
        foreach (var number in new[] { "MP 801", "MP 802", "MP 803" })
        {
            measures.Add(await PostAsync<MeasureDto>(cdo, "/api/portfolio/measures", new
            {
                number, yearReported = "2023", orgUnitId = orgUnit.Id, title = number, benefits = "ServiceImprovement", programId = number == "MP 803" ? (Guid?)null : program.Id,
            }));
        }

        var period = await PostAsync<ReportingPeriodDto>(cdo, "/api/portfolio/periods", new { reportingDate = "2024-09-30" });
        var saved = await cdo.PutAsJsonAsync($"/api/portfolio/periods/{period.Id}/progress", new
        {
            entries = measures.Select(m => new { measureId = m.Id, value = "9", concurrencyStamp = m.ConcurrencyStamp }).ToArray(),
        });
        saved.EnsureSuccessStatusCode();

        var dashboard = (await cdo.GetFromJsonAsync<List<ProgramDto>>("/api/portfolio/programs", Json))!.Single();
        dashboard.StrategicGoal.ShouldBe("Wir machen städtische Leistungen umfassend digital verfügbar.");
        var computed = dashboard.Targets.Single(t => t.Metric == TargetMetric.MeasuresImplemented);
        computed.Current.ShouldBe(2, "MP 803 belongs to no program");
        computed.AsOf.ShouldBe(new DateOnly(2024, 9, 30));
        computed.PercentReached.ShouldBe(66.7m);
        var manual = dashboard.Targets.Single(t => t.Metric == TargetMetric.Manual);
        manual.Current.ShouldBeNull();

        var recorded = await cdo.PutAsJsonAsync($"/api/portfolio/programs/{program.Id}/targets/{manual.Id}/value", new { value = 42, asOf = "2024-10-01", concurrencyStamp = dashboard.ConcurrencyStamp });
        var stale = await cdo.PutAsJsonAsync($"/api/portfolio/programs/{program.Id}/targets/{manual.Id}/value", new { value = 43, asOf = "2024-10-02", concurrencyStamp = dashboard.ConcurrencyStamp });
        var onComputed = await cdo.PutAsJsonAsync($"/api/portfolio/programs/{program.Id}/targets/{computed.Id}/value", new { value = 1, asOf = "2024-10-01", concurrencyStamp = (await recorded.Content.ReadFromJsonAsync<ProgramDto>(Json))!.ConcurrencyStamp });

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        onComputed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var after = (await cdo.GetFromJsonAsync<List<ProgramDto>>("/api/portfolio/programs", Json))!.Single().Targets.Single(t => t.Metric == TargetMetric.Manual);
        after.Current.ShouldBe(42);
        after.AsOf.ShouldBe(new DateOnly(2024, 10, 1));
        after.PercentReached.ShouldBe(84m);
    }

    [Fact]
    public async Task Bad_Targets_Should_Name_The_Field_And_Editors_And_Other_Tenants_Stay_Out()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var editor = await fixture.Factory.SignedInClientAsync("editor@minden.test");
        using var bielefeld = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var program = await PostAsync<ProgramDto>(cdo, "/api/portfolio/programs", new { name = "DMS" });

        var percent = await cdo.PostAsJsonAsync($"/api/portfolio/programs/{program.Id}/targets", new { text = "Zu viel", metric = "MeasuresImplementedPercent", targetValue = 120, deadline = "2025-12-31", concurrencyStamp = program.ConcurrencyStamp });
        var byEditor = await editor.PostAsJsonAsync("/api/portfolio/programs", new { name = "Schatten" });
        var foreign = await bielefeld.PostAsJsonAsync($"/api/portfolio/programs/{program.Id}/targets", new { text = "Fremd", metric = "Manual", targetValue = 1, deadline = "2025-12-31", concurrencyStamp = program.ConcurrencyStamp });

        percent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await percent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("targetValue", out _).ShouldBeTrue();
        byEditor.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bielefeld.GetFromJsonAsync<List<ProgramDto>>("/api/portfolio/programs", Json))!.ShouldBeEmpty();
    }

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
            await this.CreateAsync("cdo@bielefeld.test", MembershipRole.TenantAdmin, await this.TenantIdAsync("05711000"));
        }
    }
}

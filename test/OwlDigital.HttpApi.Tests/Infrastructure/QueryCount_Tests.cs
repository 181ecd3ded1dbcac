using System.Net;
using System.Net.Http.Json;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

/// <summary>
/// What a request costs in database round trips (counts, unlike times, are deterministic). An API
/// request reads its access context once (one statement: account, memberships, tenants), the
/// tenant setting travels inside the commands, and the rest is the request's own data. Each test
/// warms up first: the session check has read the account then, as it has on any later request.
/// </summary>
public class QueryCount_Tests(QueryCount_Tests.Fixture fixture) : IClassFixture<QueryCount_Tests.Fixture>
{
    [Fact]
    public async Task The_Account_Summary_Should_Cost_One_Statement()
    {
        var client = await fixture.CdoAsync();

        var count = await CountAsync(() => client.GetAsync("/api/account/me"));

        // Was 108 with one check per permission, 14 with one pass but a tenant round trip before each query.
        count.ShouldBeLessThanOrEqualTo(1, fixture.Counted);
    }

    [Fact]
    public async Task A_Page_Of_The_Tenant_Directory_Should_Cost_One_Statement()
    {
        using var anonymous = fixture.Factory.CreateClient();

        var count = await CountAsync(() => anonymous.GetAsync("/api/tenants?take=20&filter=stadt"));

        count.ShouldBe(1, fixture.Counted);
    }

    [Fact]
    public async Task A_Page_Of_The_Measures_List_Should_Cost_At_Most_Three_Statements()
    {
        var client = await fixture.CdoAsync();

        var count = await CountAsync(() => client.GetAsync("/api/portfolio/measures?take=50"));

        count.ShouldBeLessThanOrEqualTo(3, fixture.Counted);
    }

    [Fact]
    public async Task Saving_A_Progress_Sheet_Should_Cost_At_Most_Six_Statements()
    {
        var client = await fixture.CdoAsync();
        await SaveSheetAsync(client, shift: 1);

        using var counter = fixture.StartCounting();
        await SaveSheetAsync(client, shift: 2, before: counter.Reset);
        var count = counter.Count;

        count.ShouldBeLessThanOrEqualTo(6, fixture.Counted);
    }

    [Fact]
    public async Task The_Council_Report_Should_Cost_At_Most_Three_Statements()
    {
        var client = await fixture.CdoAsync();

        var count = await CountAsync(() => client.GetAsync("/api/portfolio/report"));

        count.ShouldBeLessThanOrEqualTo(3, fixture.Counted);
    }

    [Fact]
    public async Task The_Published_Survey_Report_Should_Cost_At_Most_Three_Statements()
    {
        var client = await fixture.CdoAsync();

        var count = await CountAsync(() => client.GetAsync($"/api/survey/rounds/{fixture.RoundId}/report"));

        count.ShouldBeLessThanOrEqualTo(3, fixture.Counted);
    }

    /// <summary>Saves new values for all 60 measures; <paramref name="before"/> runs after the sheet was read, right before the save.</summary>
    private async Task SaveSheetAsync(HttpClient client, int shift, Action? before = null)
    {
        var sheet = (await client.GetFromJsonAsync<ProgressSheetDto>($"/api/portfolio/periods/{fixture.PeriodId}/progress", ApiJson.Options))!;
        var entries = sheet.Rows.Select((row, index) => new { measureId = row.MeasureId, value = ((index + shift) % 11).ToString(), concurrencyStamp = row.ConcurrencyStamp }).ToArray();
        before?.Invoke();
        await client.PutOkAsync<ProgressSheetDto>($"/api/portfolio/periods/{fixture.PeriodId}/progress", new { entries });
    }

    /// <summary>Runs the request twice (the first warms caches up), counting the second.</summary>
    private async Task<int> CountAsync(Func<Task<HttpResponseMessage>> request)
    {
        var warm = await request();
        warm.StatusCode.ShouldBe(HttpStatusCode.OK, await warm.Content.ReadAsStringAsync());
        using var counter = fixture.StartCounting();
        var response = await request();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return counter.Count;
    }

    /// <summary>Minden with 60 measures in four org units, a round with progress, and a published survey round.</summary>
    public sealed class Fixture : WebHostFixture
    {
        private const string Minden = "05770024";
        private DatabaseCommandCounter? _counter;

        public Guid PeriodId { get; private set; }

        public Guid RoundId { get; private set; }

        /// <summary>For a failure message: the statements counted.</summary>
        public string Counted => _counter?.Describe() ?? string.Empty;

        public DatabaseCommandCounter StartCounting() => _counter = new DatabaseCommandCounter(DatabaseName);

        public Task<HttpClient> CdoAsync() => SignedInOnceAsync("count-cdo@minden.test", MembershipRole.TenantAdmin, TenantId);

        private Guid TenantId { get; set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            TenantId = await this.TenantIdAsync(Minden);
            var cdo = await CdoAsync();
            var units = new List<OrgUnitDto>();
            for (var u = 1; u <= 4; u++)
            {
                units.Add(await cdo.PostOkAsync<OrgUnitDto>("/api/portfolio/org-units", new { code = $"Q{u}", name = $"Amt {u}" }));
            }

            for (var m = 1; m <= 60; m++)
            {
                await cdo.PostOkAsync<MeasureDto>("/api/portfolio/measures", new { number = $"MP {m:000}", yearReported = "2022", orgUnitId = units[m % 4].Id, title = $"Maßnahme {m}", benefits = "CostSaving" });
            }

            PeriodId = (await cdo.PostOkAsync<ReportingPeriodDto>("/api/portfolio/periods", new { reportingDate = "2023-09-30" })).Id;
            var sheet = (await cdo.GetFromJsonAsync<ProgressSheetDto>($"/api/portfolio/periods/{PeriodId}/progress", ApiJson.Options))!;
            await cdo.PutOkAsync<ProgressSheetDto>($"/api/portfolio/periods/{PeriodId}/progress", new
            {
                entries = sheet.Rows.Take(40).Select((row, index) => new { measureId = row.MeasureId, value = (index % 11).ToString(), concurrencyStamp = row.ConcurrencyStamp }).ToArray(),
            });

            var admin = await SignedInOnceAsync("count-admin@owl.test", MembershipRole.HostAdmin);
            RoundId = (await admin.PostOkAsync<SurveyRoundDto>("/api/survey/rounds", new { name = "Erhebung Zählung", periodStart = "2024-10-01", periodEnd = "2025-06-30" })).Id;
            (await admin.PostAsync($"/api/survey/rounds/{RoundId}/open", null)).EnsureSuccessStatusCode();
            string[] municipalities = ["05770004", "05770008", "05770012", "05770016", Minden, "05770028", "05770040"];
            foreach (var (ags, index) in municipalities.Select((a, i) => (a, i)))
            {
                await this.SignedOffResponseAsync(RoundId, await this.TenantIdAsync(ags), new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: index < 5 ? "inUse" : "no") });
            }

            (await admin.PostAsync($"/api/survey/rounds/{RoundId}/close", null)).EnsureSuccessStatusCode();
            (await admin.PostAsync($"/api/survey/rounds/{RoundId}/publish", null)).EnsureSuccessStatusCode();
        }

        public override async Task DisposeAsync()
        {
            _counter?.Dispose();
            await base.DisposeAsync();
        }
    }
}

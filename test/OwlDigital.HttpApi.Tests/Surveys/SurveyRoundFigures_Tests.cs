using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Memberships;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys;

/// <summary>
/// A closed round is counted once: what host roles read of it afterwards are the stored figures,
/// and they must be exactly what the live count gave while the round was open, for every selection
/// of the report, the previous round's column included. The region is random (fixed seed): about
/// two thirds of the 76 tenants answer, with random answers.
/// </summary>
public class SurveyRoundFigures_Tests(SurveyRoundFigures_Tests.Fixture fixture) : IClassFixture<SurveyRoundFigures_Tests.Fixture>
{
    private static readonly string?[] Districts = [null, "05711", "05754", "05758", "05762", "05766", "05770", "05774"];
    private static readonly string?[] Kinds = [null, "Municipality", "District"];
    private static readonly string?[] SizeClasses = [null, .. Enum.GetNames<SizeClass>()];

    [Fact]
    public async Task The_Stored_Figures_Of_A_Closed_Round_Should_Equal_The_Live_Count_For_Every_Selection_And_Be_Read_Without_Counting()
    {
        var analyst = await fixture.AnalystAsync();
        var earlier = await fixture.RoundAsync("Frühere Runde", 2031, seed: 11);
        await fixture.CloseAsync(earlier);
        var round = await fixture.RoundAsync("Zufällige Region", 2032, seed: 12);

        var live = new Dictionary<string, string>();
        foreach (var query in Selections())
        {
            live[query] = Figures(await ReportAsync(analyst, round, query));
        }

        await fixture.CloseAsync(round);
        foreach (var query in Selections())
        {
            Figures(await ReportAsync(analyst, round, query)).ShouldBe(live[query], $"selection {query}");
        }

        using var counter = new DatabaseCommandCounter(fixture.DatabaseName);
        var report = await ReportAsync(analyst, round, "district=05770&kind=Municipality");
        counter.Describe().ShouldNotContain("FROM survey_responses", Case.Insensitive, "a closed round's report counts no responses");
        counter.Count.ShouldBeLessThanOrEqualTo(4, counter.Describe());
        report.PreviousRoundName.ShouldBe("Frühere Runde");
    }

    [Fact]
    public async Task A_Host_Correction_Should_Count_The_Round_Again()
    {
        var analyst = await fixture.AnalystAsync();
        var round = await fixture.RoundAsync("Korrigierte Runde", 2041, seed: 21);
        await fixture.CloseAsync(round);
        var before = await ReportAsync(analyst, round, string.Empty);
        var tenantId = fixture.Answered[round].First(a => a.Value == "no").Key;

        var corrected = await analyst.PostAsJsonAsync(
            $"/api/survey/rounds/{round}/responses/{tenantId}/correction",
            new { answers = new Dictionary<string, object> { ["lora.state"] = new { text = "inUse" } }, reason = "Telefonisch bestätigt: LoRaWAN ist in Betrieb" },
            ApiJson.Options);
        corrected.EnsureSuccessStatusCode();
        var after = await ReportAsync(analyst, round, string.Empty);

        Count(after, "inUse").ShouldBe(Count(before, "inUse") + 1);
        Count(after, "no").ShouldBe(Count(before, "no") - 1);
    }

    private static int? Count(SurveyReportDto report, string key) =>
        report.Questions.Single(q => q.QuestionId == "lora.state").Cells.Single(c => c.Key == key).Count;

    private static IEnumerable<string> Selections() =>
        from district in Districts
        from kind in Kinds
        from size in SizeClasses
        select string.Join('&', new[] { ("district", district), ("kind", kind), ("sizeClass", size) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2}"));

    private static async Task<SurveyReportDto> ReportAsync(HttpClient client, Guid round, string query) =>
        (await client.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{round}/report?{query}", ApiJson.Options))!;

    /// <summary>Everything of the report that is counted, as JSON: respondents, the previous round's name and every question's figures.</summary>
    private static string Figures(SurveyReportDto report) =>
        JsonSerializer.Serialize(new { report.Respondents, report.PreviousRoundName, report.DistrictRespondents, report.Questions }, ApiJson.Options);

    public sealed class Fixture : WebHostFixture
    {
        private static readonly string[] LoraStates = ["inUse", "planned", "no"];

        /// <summary>Per round: the tenants that answered, with their answer to lora.state.</summary>
        public Dictionary<Guid, Dictionary<Guid, string>> Answered { get; } = [];

        public Task<HttpClient> AnalystAsync() => SignedInOnceAsync("figures-analyst@owl.test", MembershipRole.RegionalAnalyst);

        public async Task<Guid> RoundAsync(string name, int year, int seed)
        {
            var admin = await SignedInOnceAsync("figures-admin@owl.test", MembershipRole.HostAdmin);
            var round = (await admin.PostOkAsync<SurveyRoundDto>("/api/survey/rounds", new { name, periodStart = $"{year}-01-01", periodEnd = $"{year}-06-30" })).Id;
            (await admin.PostAsync($"/api/survey/rounds/{round}/open", null)).EnsureSuccessStatusCode();
            var random = new Random(seed);
            var answered = Answered[round] = [];
            foreach (var ags in await TestPostgres.QueryTextAsync(OwnerConnectionString, "SELECT ags FROM tenants ORDER BY ags"))
            {
                if (random.NextDouble() > 0.66)
                {
                    continue;
                }

                var tenantId = await this.TenantIdAsync(ags);
                var lora = LoraStates[random.Next(LoraStates.Length)];
                var answers = new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: lora) };
                if (random.NextDouble() < 0.8)
                {
                    answers["dms.workstationShare"] = new(Number: random.Next(0, 101));
                }

                await this.SignedOffResponseAsync(round, tenantId, answers);
                answered[tenantId] = lora;
            }

            return round;
        }

        public async Task CloseAsync(Guid round) =>
            (await (await AnalystAsync()).PostAsync($"/api/survey/rounds/{round}/close", null)).EnsureSuccessStatusCode();
    }
}

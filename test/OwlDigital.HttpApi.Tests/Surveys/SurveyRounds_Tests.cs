using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Memberships;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys;

public class SurveyRounds_Tests(SurveyRounds_Tests.Fixture fixture) : IClassFixture<SurveyRounds_Tests.Fixture>
{
    [Fact]
    public async Task A_Round_Should_Be_Prefilled_From_The_Profile_Signed_Off_Counted_And_Frozen_On_Close()
    {
        using var admin = await fixture.UserAsync("survey-admin@owl.test", MembershipRole.HostAdmin, null);
        using var analyst = await fixture.UserAsync("survey-analyst@owl.test", MembershipRole.RegionalAnalyst, null);
        using var cdo = await fixture.UserAsync("survey-cdo@owl.test", MembershipRole.TenantAdmin, "05774032");
        await PutJsonAsync(cdo, "/api/profile/chapters/LoRaWan", new { answers = new Dictionary<string, object> { ["lora.state"] = new { text = "inUse" } }, basedOnVersion = (int?)null });

        var round = await PostJsonAsync<SurveyRoundDto>(admin, "/api/survey/rounds", new { name = "Erhebung 2024/25", periodStart = "2024-10-01", periodEnd = "2025-06-30" });
        round.MinGroupSize.ShouldBe(5);
        (await cdo.GetFromJsonAsync<List<SurveyRoundDto>>("/api/survey/rounds", ApiJson.Options))!.ShouldNotContain(r => r.Id == round.Id, "a draft is the host's");
        await PostJsonAsync<SurveyRoundDto>(admin, $"/api/survey/rounds/{round.Id}/open", new { });

        var proposal = await cdo.GetFromJsonAsync<SurveyResponseDto>($"/api/survey/rounds/{round.Id}/response", ApiJson.Options);
        (proposal!.IsSaved, proposal.PrefilledFromVersion, proposal.Answers["lora.state"].Text).ShouldBe((false, 1, "inUse"));

        var answers = new Dictionary<string, object> { ["lora.state"] = new { text = "inUse" }, ["org.cdo"] = new { flag = true } };
        var saved = await PutJsonAsync<SurveyResponseDto>(cdo, $"/api/survey/rounds/{round.Id}/response", new { answers, signOff = true, concurrencyStamp = (string?)null });
        (saved.IsSaved, saved.EnteredAs, saved.SignedOffByName).ShouldBe((true, ResponseEntryRole.Tenant, "survey-cdo@owl.test"));

        var completion = await analyst.GetFromJsonAsync<SurveyCompletionDto>($"/api/survey/rounds/{round.Id}/completion", ApiJson.Options);
        (completion!.Tenants, completion.Started, completion.SignedOff).ShouldBe((76, 1, 1));
        completion.Districts.Single(d => d.DistrictKey == "05774").SignedOff.ShouldBe(1);

        (await analyst.PostAsJsonAsync("/api/survey/rounds", new { name = "Nebenrunde", periodStart = "2024-10-01", periodEnd = "2025-06-30" }, ApiJson.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "creating and opening rounds is the host admin's");
        (await cdo.PostAsync($"/api/survey/rounds/{round.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostJsonAsync<SurveyRoundDto>(analyst, $"/api/survey/rounds/{round.Id}/close", new { })).State.ShouldBe(SurveyRoundState.Closed, "the analyst decides when a round is complete");
        var late = await cdo.PutAsJsonAsync($"/api/survey/rounds/{round.Id}/response", new { answers, signOff = false, concurrencyStamp = saved.ConcurrencyStamp }, ApiJson.Options);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await PutJsonAsync(cdo, "/api/profile/chapters/LoRaWan", new { answers = new Dictionary<string, object> { ["lora.state"] = new { text = "no" } }, basedOnVersion = 1 });
        var frozen = await cdo.GetFromJsonAsync<SurveyResponseDto>($"/api/survey/rounds/{round.Id}/response", ApiJson.Options);
        (frozen!.IsFrozen, frozen.Answers["lora.state"].Text).ShouldBe((true, "inUse"), "a later profile edit does not reach a closed round");
        (await PostJsonAsync<SurveyRoundDto>(analyst, $"/api/survey/rounds/{round.Id}/publish", new { })).State.ShouldBe(SurveyRoundState.Published);
        (await admin.PostAsync($"/api/survey/rounds/{round.Id}/open", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "states only move forward");
    }

    [Fact]
    public async Task An_Interviewer_Should_Enter_Responses_For_Their_District_Only()
    {
        using var admin = await fixture.UserAsync("survey-admin2@owl.test", MembershipRole.HostAdmin, null);
        using var interviewer = await fixture.UserAsync("interviewer-05770@owl.test", MembershipRole.DistrictInterviewer, null, "05770");
        using var minden = await fixture.UserAsync("survey-cdo-minden@owl.test", MembershipRole.TenantAdmin, "05770024");
        using var bielefeldCdo = await fixture.UserAsync("survey-cdo-bielefeld@owl.test", MembershipRole.TenantAdmin, "05711000");
        var round = await PostJsonAsync<SurveyRoundDto>(admin, "/api/survey/rounds", new { name = "Interviewrunde", periodStart = "2024-10-01", periodEnd = "2025-06-30", minGroupSize = 3 });
        await PostJsonAsync<SurveyRoundDto>(admin, $"/api/survey/rounds/{round.Id}/open", new { });
        var (mindenId, bielefeldId) = (await fixture.TenantIdAsync("05770024"), await fixture.TenantIdAsync("05711000"));
        var answers = new { answers = new Dictionary<string, object> { ["dms.state"] = new { text = "inUse" }, ["dms.workstationShare"] = new { number = 40 } }, signOff = true, concurrencyStamp = (string?)null };

        var entered = await PutJsonAsync<SurveyResponseDto>(interviewer, $"/api/survey/rounds/{round.Id}/responses/{mindenId}", answers);
        var foreign = await interviewer.PutAsJsonAsync($"/api/survey/rounds/{round.Id}/responses/{bielefeldId}", answers, ApiJson.Options);

        (entered.EnteredAs, entered.EnteredByName, entered.TenantId).ShouldBe((ResponseEntryRole.Interviewer, "interviewer-05770@owl.test", mindenId));
        foreign.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await interviewer.GetAsync($"/api/survey/rounds/{round.Id}/responses/{bielefeldId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var seenByMinden = await minden.GetFromJsonAsync<SurveyResponseDto>($"/api/survey/rounds/{round.Id}/response", ApiJson.Options);
        (seenByMinden!.IsSaved, seenByMinden.Answers["dms.workstationShare"].Number).ShouldBe((true, 40m), "the tenant sees what was entered for it in the interview");
        var seenByBielefeld = await bielefeldCdo.GetFromJsonAsync<SurveyResponseDto>($"/api/survey/rounds/{round.Id}/response", ApiJson.Options);
        (seenByBielefeld!.IsSaved, seenByBielefeld.Answers.Count).ShouldBe((false, 0), "another tenant's answers are not visible");
        (await minden.GetAsync($"/api/survey/rounds/{round.Id}/completion")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var implausible = await interviewer.PutAsJsonAsync(
            $"/api/survey/rounds/{round.Id}/responses/{mindenId}",
            new { answers = new Dictionary<string, object> { ["dms.workstationShare"] = new { number = 101 } }, signOff = false, concurrencyStamp = entered.ConcurrencyStamp },
            ApiJson.Options);
        implausible.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await implausible.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("dms.workstationShare", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_Round_With_An_Unusable_Group_Size_Or_Period_Should_Be_Refused()
    {
        using var admin = await fixture.UserAsync("survey-admin3@owl.test", MembershipRole.HostAdmin, null);

        (await admin.PostAsJsonAsync("/api/survey/rounds", new { name = "k=1", periodStart = "2024-10-01", periodEnd = "2025-06-30", minGroupSize = 1 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync("/api/survey/rounds", new { name = "rückwärts", periodStart = "2025-10-01", periodEnd = "2025-06-30" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Task<T> PostJsonAsync<T>(HttpClient client, string url, object body) => client.PostOkAsync<T>(url, body);

    private static Task<T> PutJsonAsync<T>(HttpClient client, string url, object body) => client.PutOkAsync<T>(url, body);

    private static Task PutJsonAsync(HttpClient client, string url, object body) => PutJsonAsync<JsonElement>(client, url, body);

    public sealed class Fixture : WebHostFixture
    {
        public async Task<HttpClient> UserAsync(string email, MembershipRole role, string? ags, string? district = null)
        {
            await this.CreateAsync(email, role, ags is null ? null : await this.TenantIdAsync(ags), district);
            return await Factory.SignedInClientAsync(email);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Auditing;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Uow;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys;

/// <summary>
/// Between closing and publishing a round every tenant sees its response as it will be counted,
/// confirms it or asks for a correction; host staff answer, changing answers only with a reason that
/// the tenant sees and the audit log keeps; the published report states the review rate. Seven
/// municipalities of Minden-Lübbecke answer each round (k = 5).
/// </summary>
public class SurveyReview_Tests(SurveyReview_Tests.Fixture fixture) : IClassFixture<SurveyReview_Tests.Fixture>
{
    private const string Minden = "05770024";

    [Fact]
    public async Task A_Cdo_Should_See_The_Response_As_Counted_And_Confirm_It_Only_In_The_Review_Window()
    {
        var round = await fixture.RoundAsync("Prüfung 1", 2101, close: false);
        var cdo = await fixture.CdoAsync(Minden);

        (await cdo.PostAsJsonAsync($"/api/survey/rounds/{round}/review", new { confirm = true }, ApiJson.Options)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "the round is still open");
        await fixture.CloseAsync(round);
        var review = (await cdo.GetFromJsonAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", ApiJson.Options))!;
        var stale = await cdo.PostAsJsonAsync($"/api/survey/rounds/{round}/review", new { confirm = true, concurrencyStamp = "seen-something-else" }, ApiJson.Options);
        var confirmed = await cdo.PostOkAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", new { confirm = true, concurrencyStamp = review.ConcurrencyStamp });

        review.Counted["lora.state"].ShouldBe(["inUse"]);
        review.Counted["online.count"].ShouldBe(["125-149"], "the derived figure, as the report counts it: 129 in steps of 25");
        review.Counted["org.cdo"].ShouldBeEmpty("not answered");
        review.ReviewState.ShouldBe(ResponseReviewState.NotReviewed);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a confirmation of data not seen as it stands is refused");
        (confirmed.ReviewState, confirmed.ReviewedByName).ShouldBe((ResponseReviewState.Confirmed, $"review-cdo-{Minden}@owl.test"));
    }

    [Fact]
    public async Task A_Correction_Request_Should_Need_A_Comment_And_Be_Answered_With_A_Reason_The_Tenant_Sees_And_The_Audit_Log_Keeps()
    {
        var round = await fixture.RoundAsync("Prüfung 2", 2102, close: true);
        var cdo = await fixture.CdoAsync(Minden);
        var analyst = await fixture.AnalystAsync();
        var minden = await fixture.TenantIdAsync(Minden);

        var noComment = await cdo.PostAsJsonAsync($"/api/survey/rounds/{round}/review", new { confirm = false, comment = " " }, ApiJson.Options);
        await cdo.PostOkAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", new { confirm = false, comment = "LoRaWAN ist erst geplant, nicht im Einsatz." });
        var overview = (await analyst.GetFromJsonAsync<SurveyReviewOverviewDto>($"/api/survey/rounds/{round}/reviews", ApiJson.Options))!;
        var noReason = await analyst.PostAsJsonAsync($"/api/survey/rounds/{round}/responses/{minden}/correction", new { answers = new { } }, ApiJson.Options);
        var byTenant = await cdo.PostAsJsonAsync($"/api/survey/rounds/{round}/responses/{minden}/correction", new { reason = "selbst" }, ApiJson.Options);
        await analyst.PostOkAsync<SurveyReviewOverviewDto>($"/api/survey/rounds/{round}/responses/{minden}/correction",
            new { answers = new Dictionary<string, object> { ["lora.state"] = new { text = "planned" } }, reason = "Laut Rückmeldung der Stadt vom 2.12." });
        var afterwards = (await cdo.GetFromJsonAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", ApiJson.Options))!;

        noComment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noComment.Content.ReadAsStringAsync()).ShouldContain("\"comment\"");
        overview.Districts.Single(d => d.DistrictKey == "05770").CorrectionRequested.ShouldBe(1);
        overview.Requests.Single().Comment.ShouldBe("LoRaWAN ist erst geplant, nicht im Einsatz.");
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("\"reason\"");
        byTenant.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "changes after closing are for host roles only");
        afterwards.ReviewState.ShouldBe(ResponseReviewState.CorrectionAnswered);
        afterwards.Counted["lora.state"].ShouldBe(["planned"]);
        var correction = afterwards.Corrections.Single();
        (correction.QuestionId, correction.Before?.Text, correction.After?.Text, correction.Reason).ShouldBe(("lora.state", "inUse", "planned", "Laut Rückmeldung der Stadt vom 2.12."));

        var admin = await fixture.AdminAsync();
        var log = (await admin.GetFromJsonAsync<PagedResultDto<AuditLogEntryDto>>("/api/audit-log?entityType=SurveyResponse&take=100", ApiJson.Options))!;
        var entry = log.Items.First(e => e.TenantId == minden && e.Action == AuditLogAction.Updated && e.Changes.Any(c => c.Property == "Corrections"));
        entry.UserName.ShouldBe("review-analyst@owl.test");
        entry.Changes.Single(c => c.Property == "Answers").NewValue!.ShouldContain("planned");
        entry.Changes.Single(c => c.Property == "Answers").OldValue!.ShouldContain("inUse", Case.Sensitive, "the log shows the answers, not a type name");
    }

    [Fact]
    public async Task Publishing_Should_Wait_For_Open_Requests_And_The_Report_Should_State_The_Review_Rate()
    {
        var round = await fixture.RoundAsync("Prüfung 3", 2103, close: true);
        var analyst = await fixture.AnalystAsync();
        foreach (var ags in Fixture.Municipalities.Take(4))
        {
            var cdo = await fixture.CdoAsync(ags);
            var seen = (await cdo.GetFromJsonAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", ApiJson.Options))!;
            await cdo.PostOkAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", new { confirm = true, concurrencyStamp = seen.ConcurrencyStamp });
        }

        var asking = await fixture.CdoAsync(Fixture.Municipalities[4]);
        await asking.PostOkAsync<SurveyReviewDto>($"/api/survey/rounds/{round}/review", new { confirm = false, comment = "Bitte Zahl der Arbeitsplätze prüfen." });

        var refused = await analyst.PostAsync($"/api/survey/rounds/{round}/publish", null);
        await analyst.PostOkAsync<SurveyReviewOverviewDto>($"/api/survey/rounds/{round}/responses/{await fixture.TenantIdAsync(Fixture.Municipalities[4])}/correction",
            new { reason = "Die Zahl stammt aus Ihrem Profil vom 1.10.; bitte dort ändern." });
        (await analyst.PostAsync($"/api/survey/rounds/{round}/publish", null)).EnsureSuccessStatusCode();
        var minden = await fixture.CdoAsync(Minden);
        var report = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{round}/report", ApiJson.Options))!;
        var csv = System.Text.Encoding.UTF8.GetString(await minden.GetByteArrayAsync($"/api/survey/rounds/{round}/report.csv"));
        var lateRequest = await asking.PostAsJsonAsync($"/api/survey/rounds/{round}/review", new { confirm = false, comment = "Noch etwas" }, ApiJson.Options);
        var lateCorrection = await analyst.PostAsJsonAsync($"/api/survey/rounds/{round}/responses/{await fixture.TenantIdAsync(Minden)}/correction", new { reason = "zu spät" }, ApiJson.Options);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("1 Korrekturwünsche");
        (report.Protection!.Reviewed, report.Protection.Respondents, report.Protection.MinGroupSize).ShouldBe((4, 7, 5));
        csv.ShouldContain("4 von 7 Kommunen haben ihre Angaben vor der Veröffentlichung geprüft und bestätigt (57 %).");
        csv.ShouldContain("gibt Antworten von weniger als 5 Kommunen preis");
        lateRequest.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await lateRequest.Content.ReadAsStringAsync()).ShouldContain("bereits veröffentlicht");
        lateCorrection.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_Previous_Round_Column_Should_Show_Tenants_Only_A_Published_Round_And_Say_When_A_Question_Changed()
    {
        var older = await fixture.RoundAsync("Vergleich A", 2111, close: true);
        await fixture.PublishAsync(older);
        var closedOnly = await fixture.RoundAsync("Vergleich B", 2112, close: true);
        var current = await fixture.RoundAsync("Vergleich C", 2113, close: true);
        await fixture.PublishAsync(current);

        // Round A was asked when online.count still had its first counting method.
        await TestPostgres.ExecuteAsync(fixture.OwnerConnectionString, $"UPDATE survey_rounds SET question_versions = '{{\"online.count\": 1}}' WHERE id = '{older}'");
        var minden = await fixture.CdoAsync(Minden);
        var analyst = await fixture.AnalystAsync();
        var tenantView = (await minden.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{current}/report", ApiJson.Options))!;
        var hostView = (await analyst.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{current}/report", ApiJson.Options))!;

        tenantView.PreviousRoundName.ShouldBe("Vergleich A", "round B is closed but not published: not the tenants' to see");
        (await minden.GetAsync($"/api/survey/rounds/{closedOnly}/report")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "nor its own report");
        hostView.PreviousRoundName.ShouldBe("Vergleich B");
        var count = tenantView.Questions.Single(q => q.QuestionId == "online.count");
        (count.PreviousNotComparable, count.PreviousCells, count.MethodVersion).ShouldBe((true, null, 2));
        var lora = tenantView.Questions.Single(q => q.QuestionId == "lora.state");
        (lora.PreviousNotComparable, lora.PreviousCells is not null).ShouldBe((false, true));
    }

    [Fact]
    public async Task Two_Analysts_Publishing_At_Once_Should_Publish_Once()
    {
        var round = await fixture.RoundAsync("Gleichzeitig", 2121, close: true);
        var first = await fixture.AnalystAsync();
        var second = await fixture.SignedInOnceAsync("review-analyst-2@owl.test", MembershipRole.RegionalAnalyst);

        var responses = await Task.WhenAll(first.PostAsync($"/api/survey/rounds/{round}/publish", null), second.PostAsync($"/api/survey/rounds/{round}/publish", null));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await TestPostgres.QueryTextAsync(fixture.OwnerConnectionString, $"SELECT count(*)::text FROM survey_publications WHERE round_id = '{round}'")).ShouldBe(["1"]);
    }

    [Fact]
    public async Task Nobody_Should_Review_Or_Correct_What_Is_Not_Theirs()
    {
        var round = await fixture.RoundAsync("Fremde Daten", 2122, close: true);
        var bielefeld = await fixture.CdoAsync("05711000");
        var analyst = await fixture.AnalystAsync();

        var review = await bielefeld.GetAsync($"/api/survey/rounds/{round}/review");
        var confirm = await bielefeld.PostAsJsonAsync($"/api/survey/rounds/{round}/review", new { confirm = false, comment = "Bitte Minden ändern" }, ApiJson.Options);
        var notARespondent = await analyst.PostAsJsonAsync($"/api/survey/rounds/{round}/responses/{await fixture.TenantIdAsync("05711000")}/correction", new { reason = "x" }, ApiJson.Options);
        var noTenant = await analyst.PostAsJsonAsync($"/api/survey/rounds/{round}/responses/{Guid.NewGuid()}/correction", new { reason = "x" }, ApiJson.Options);
        var overview = await bielefeld.GetAsync($"/api/survey/rounds/{round}/reviews");

        review.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "Bielefeld did not answer this round; it sees no one else's response");
        confirm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notARespondent.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        overview.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the review overview is the DigitalBüro's");
    }

    public sealed class Fixture : WebHostFixture
    {
        public static readonly string[] Municipalities = ["05770004", "05770008", "05770012", "05770016", Minden, "05770028", "05770040"];

        public async Task<Guid> RoundAsync(string name, int year, bool close)
        {
            var roundId = await WithScopeAsync(async services =>
            {
                var round = new SurveyRound(Guid.NewGuid(), name, new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), SurveyConsts.DefaultMinGroupSize, ProfileQuestions.All.Select(q => q.Id).ToList());
                await services.GetRequiredService<ISurveyRepository>().InsertRoundAsync(round);
                round.Open();
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
                return round.Id;
            });
            foreach (var (ags, index) in Municipalities.Select((a, i) => (a, i)))
            {
                var answers = new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: index < 5 ? "inUse" : "no"), ["dms.workstationShare"] = new(Number: 40 + index) };
                await this.SignedOffResponseAsync(roundId, await this.TenantIdAsync(ags), answers, new Dictionary<string, decimal> { ["online.count"] = 129 });
            }

            if (close)
            {
                await CloseAsync(roundId);
            }

            return roundId;
        }

        public async Task CloseAsync(Guid round)
        {
            (await (await AnalystAsync()).PostAsync($"/api/survey/rounds/{round}/close", null)).EnsureSuccessStatusCode();
        }

        public async Task PublishAsync(Guid round)
        {
            (await (await AnalystAsync()).PostAsync($"/api/survey/rounds/{round}/publish", null)).EnsureSuccessStatusCode();
        }

        public Task<HttpClient> AdminAsync() => SignedInOnceAsync("review-admin@owl.test", MembershipRole.HostAdmin);

        public Task<HttpClient> AnalystAsync() => SignedInOnceAsync("review-analyst@owl.test", MembershipRole.RegionalAnalyst);

        public async Task<HttpClient> CdoAsync(string ags) => await SignedInOnceAsync($"review-cdo-{ags}@owl.test", MembershipRole.TenantAdmin, await this.TenantIdAsync(ags));
    }
}

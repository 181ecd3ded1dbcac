using OwlDigital.ExceptionHandling;
using OwlDigital.Profiles;
using OwlDigital.Surveys;

namespace OwlDigital.Domain.Tests.Surveys;

/// <summary>The review window's rules on the response itself: when, with what, and what a correction does to a confirmation.</summary>
public class SurveyResponseReview_Tests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_Correction_That_Repeats_An_Answer_Should_Record_Only_The_Reply()
    {
        var round = OpenRound();
        var response = Respond(round, new() { ["online.formTools"] = new(Values: ["Form-Solutions", "Formcycle"]) });
        round.Close(Now);

        response.Correct(round, new Dictionary<string, ProfileAnswer?> { ["online.formTools"] = new(Values: ["Form-Solutions", "Formcycle"]) }, "Geprüft, stimmt so.", "Analystin", Now);

        response.Corrections.Single().QuestionId.ShouldBeNull("the same list is no change, though it is another list object");
    }

    [Fact]
    public void A_Correction_Should_Reset_A_Confirmation_And_Answer_A_Request()
    {
        var round = OpenRound();
        var confirmed = Respond(round, new() { ["lora.state"] = new(Text: "inUse") });
        var requested = Respond(round, new() { ["lora.state"] = new(Text: "inUse") });
        round.Close(Now);
        confirmed.ConfirmReview(round, "CDO", Now);
        requested.RequestCorrection(round, "Bitte prüfen", "CDO", Now);

        confirmed.Correct(round, new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: "planned") }, "Rückmeldung", "Analystin", Now);
        requested.Correct(round, new Dictionary<string, ProfileAnswer?>(), "Die Angabe stammt aus Ihrem Profil.", "Analystin", Now);

        confirmed.ReviewState.ShouldBe(ResponseReviewState.NotReviewed, "what was confirmed is no longer what is counted");
        requested.ReviewState.ShouldBe(ResponseReviewState.CorrectionAnswered);
    }

    [Fact]
    public void Reviews_And_Corrections_Should_Be_Refused_Outside_The_Review_Window_Or_Without_Their_Text()
    {
        var round = OpenRound();
        var response = Respond(round, new() { ["lora.state"] = new(Text: "inUse") });

        Should.Throw<BusinessException>(() => response.ConfirmReview(round, "CDO", Now)).Code.ShouldBe(OwlDigitalErrorCodes.Surveys.ReviewNotOpen);
        round.Close(Now);
        Should.Throw<BusinessException>(() => response.RequestCorrection(round, "  ", "CDO", Now)).Code.ShouldBe(OwlDigitalErrorCodes.Surveys.CommentRequired);
        Should.Throw<BusinessException>(() => response.Correct(round, new Dictionary<string, ProfileAnswer?>(), null, "Analystin", Now)).Code.ShouldBe(OwlDigitalErrorCodes.Surveys.ReasonRequired);
        round.Publish(Now);
        Should.Throw<BusinessException>(() => response.ConfirmReview(round, "CDO", Now)).Code.ShouldBe(OwlDigitalErrorCodes.Surveys.AlreadyPublished);
        Should.Throw<BusinessException>(() => response.Correct(round, new Dictionary<string, ProfileAnswer?>(), "spät", "Analystin", Now)).Code.ShouldBe(OwlDigitalErrorCodes.Surveys.AlreadyPublished);
    }

    private static SurveyRound OpenRound()
    {
        var round = new SurveyRound(Guid.NewGuid(), "Prüfung", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), 5, ProfileQuestions.All.Select(q => q.Id).ToList());
        round.Open();
        return round;
    }

    private static SurveyResponse Respond(SurveyRound round, Dictionary<string, ProfileAnswer?> answers)
    {
        var response = new SurveyResponse(Guid.NewGuid(), round.Id, null);
        response.Record(round, answers, new Dictionary<string, decimal>(), null, "Test", ResponseEntryRole.Tenant, Now);
        response.SignOff(round, "Test", Now);
        return response;
    }
}

using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>
/// A tenant's answers in one survey round, prefilled from its digital profile and completed by its
/// CDO or by the district's interviewer (who entered it is recorded). Its own copy of the answers:
/// later profile edits do not change it, and once the round is closed nothing does.
/// </summary>
public class SurveyResponse : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private SurveyResponse()
    {
        Answers = new Dictionary<string, ProfileAnswer>();
        Derived = new Dictionary<string, decimal>();
        Corrections = [];
    }

    public SurveyResponse(Guid id, Guid roundId, int? prefilledFromVersion)
        : base(id)
    {
        RoundId = roundId;
        PrefilledFromVersion = prefilledFromVersion;
        Answers = new Dictionary<string, ProfileAnswer>();
        Derived = new Dictionary<string, decimal>();
        Corrections = [];
    }

    public Guid TenantId { get; private set; }

    public Guid RoundId { get; private set; }

    /// <summary>The profile version the answers were first taken from (null: there was no profile yet).</summary>
    public int? PrefilledFromVersion { get; private set; }

    public IReadOnlyDictionary<string, ProfileAnswer> Answers { get; private set; }

    /// <summary>Facts derived from the tenant's data when the response was last saved (e.g. online.count).</summary>
    public IReadOnlyDictionary<string, decimal> Derived { get; private set; }

    public Guid? EnteredByUserId { get; private set; }

    public string? EnteredByName { get; private set; }

    public ResponseEntryRole EnteredAs { get; private set; }

    public DateTimeOffset? SignedOffAt { get; private set; }

    public string? SignedOffByName { get; private set; }

    public bool IsSignedOff => SignedOffAt is not null;

    public ResponseReviewState ReviewState { get; private set; }

    /// <summary>The tenant's comment with its correction request.</summary>
    public string? ReviewComment { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewedByName { get; private set; }

    /// <summary>What host staff changed after the round closed, each with its reason; shown to the tenant.</summary>
    public IReadOnlyList<ResponseCorrection> Corrections { get; private set; }

    /// <summary>The answer as the report counts it: derived questions take the figure the application derived when the response was saved.</summary>
    public ProfileAnswer? AnswerTo(ProfileQuestion question) =>
        question.IsDerived
            ? Derived.TryGetValue(question.Id, out var value) ? new ProfileAnswer(Number: value) : null
            : Answers.GetValueOrDefault(question.Id);

    /// <summary>Replaces the answers (checked against the round's questions and the profile's rules) while the round is open.</summary>
    public void Record(
        SurveyRound round,
        IReadOnlyDictionary<string, ProfileAnswer?> answers,
        IReadOnlyDictionary<string, decimal> derived,
        Guid? userId,
        string? userName,
        ResponseEntryRole enteredAs,
        DateTimeOffset now)
    {
        round.EnsureOpen();
        var cleaned = new Dictionary<string, ProfileAnswer>(StringComparer.Ordinal);
        foreach (var (questionId, answer) in answers)
        {
            var question = ProfileQuestions.Find(questionId);
            if (question is null || !round.Asks(questionId))
            {
                throw new BusinessException(OwlDigitalErrorCodes.Surveys.QuestionNotInRound).WithDetail("Question", questionId).ForField(questionId);
            }

            if (ProfileAnswerRules.Clean(question, answer, now.Year) is { } value)
            {
                cleaned[questionId] = value;
            }
        }

        ProfileAnswerRules.CheckConsistency(cleaned);
        Answers = cleaned;
        Derived = new Dictionary<string, decimal>(derived);
        (EnteredByUserId, EnteredByName, EnteredAs) = (userId, userName, enteredAs);
        (SignedOffAt, SignedOffByName) = (null, null);
    }

    /// <summary>The CDO (or the interviewer for the tenant) confirms the answers; a later change needs a new sign-off.</summary>
    public void SignOff(SurveyRound round, string? userName, DateTimeOffset now)
    {
        round.EnsureOpen();
        (SignedOffAt, SignedOffByName) = (now, userName);
    }

    /// <summary>In the review window the tenant confirms its response as it will be counted.</summary>
    public void ConfirmReview(SurveyRound round, string? userName, DateTimeOffset now)
    {
        EnsureReviewWindow(round);
        (ReviewState, ReviewComment, ReviewedAt, ReviewedByName) = (ResponseReviewState.Confirmed, null, now, userName);
    }

    /// <summary>In the review window the tenant asks the DigitalBüro to correct something; the comment says what.</summary>
    public void RequestCorrection(SurveyRound round, string? comment, string? userName, DateTimeOffset now)
    {
        EnsureReviewWindow(round);
        var text = comment?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > SurveyConsts.MaxCommentLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.CommentRequired).WithDetail("MaxLength", SurveyConsts.MaxCommentLength).ForField("comment");
        }

        (ReviewState, ReviewComment, ReviewedAt, ReviewedByName) = (ResponseReviewState.CorrectionRequested, text, now, userName);
    }

    /// <summary>
    /// Host staff change answers after the round closed (only in the review window, only with a
    /// reason); each change is kept with the value before, so the tenant sees what was changed and why.
    /// With no change it answers a correction request with the reason alone.
    /// </summary>
    public void Correct(SurveyRound round, IReadOnlyDictionary<string, ProfileAnswer?> changes, string? reason, string? userName, DateTimeOffset now)
    {
        EnsureReviewWindow(round);
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length > SurveyConsts.MaxCommentLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.ReasonRequired).WithDetail("MaxLength", SurveyConsts.MaxCommentLength).ForField("reason");
        }

        var answers = new Dictionary<string, ProfileAnswer>(Answers, StringComparer.Ordinal);
        var corrections = new List<ResponseCorrection>(Corrections);
        foreach (var (questionId, answer) in changes)
        {
            var question = ProfileQuestions.Find(questionId);
            if (question is null || !round.Asks(questionId) || question.IsDerived)
            {
                throw new BusinessException(OwlDigitalErrorCodes.Surveys.QuestionNotInRound).WithDetail("Question", questionId).ForField(questionId);
            }

            var before = answers.GetValueOrDefault(questionId);
            var after = ProfileAnswerRules.Clean(question, answer, now.Year);
            if (Equals(before, after))
            {
                continue;
            }

            if (after is null)
            {
                answers.Remove(questionId);
            }
            else
            {
                answers[questionId] = after;
            }

            corrections.Add(new ResponseCorrection(questionId, before, after, why, userName, now));
        }

        ProfileAnswerRules.CheckConsistency(answers);
        if (corrections.Count == Corrections.Count)
        {
            corrections.Add(new ResponseCorrection(null, null, null, why, userName, now));
        }

        Answers = answers;
        Corrections = corrections;
        if (ReviewState == ResponseReviewState.CorrectionRequested)
        {
            ReviewState = ResponseReviewState.CorrectionAnswered;
        }
        else if (ReviewState == ResponseReviewState.Confirmed)
        {
            // What the tenant confirmed is no longer what will be counted.
            ReviewState = ResponseReviewState.NotReviewed;
        }
    }

    private static void EnsureReviewWindow(SurveyRound round)
    {
        if (round.State != SurveyRoundState.Closed)
        {
            throw new BusinessException(round.State == SurveyRoundState.Published ? OwlDigitalErrorCodes.Surveys.AlreadyPublished : OwlDigitalErrorCodes.Surveys.ReviewNotOpen)
                .WithDetail("Round", round.Name)
                .WithDetail("State", round.State.ToString());
        }
    }
}

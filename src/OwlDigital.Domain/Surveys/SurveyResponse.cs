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
    }

    public SurveyResponse(Guid id, Guid roundId, int? prefilledFromVersion)
        : base(id)
    {
        RoundId = roundId;
        PrefilledFromVersion = prefilledFromVersion;
        Answers = new Dictionary<string, ProfileAnswer>();
        Derived = new Dictionary<string, decimal>();
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
}

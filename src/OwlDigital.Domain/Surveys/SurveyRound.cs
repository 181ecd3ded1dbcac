using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>
/// A survey round of the regional office (Erhebung, e.g. "Erhebung 2022/23"): the questionnaire as
/// it stood when the round was created (question ids are stable, so rounds compare), a period, the
/// minimum group size k, and its state: draft, open (answers are taken), closed (frozen), published
/// (the report is visible to tenants). States only move forward.
/// </summary>
public class SurveyRound : AuditedAggregateRoot<Guid>
{
    private SurveyRound()
    {
        Name = null!;
        QuestionIds = [];
        QuestionVersions = [];
    }

    public SurveyRound(Guid id, string name, DateOnly periodStart, DateOnly periodEnd, int minGroupSize, IReadOnlyList<string> questionIds)
        : base(id)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > SurveyConsts.MaxNameLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.InvalidName).WithDetail("MaxLength", SurveyConsts.MaxNameLength).ForField(nameof(Name));
        }

        if (periodEnd < periodStart)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.InvalidPeriod).ForField(nameof(PeriodEnd));
        }

        if (minGroupSize is < SurveyConsts.MinMinGroupSize or > SurveyConsts.MaxMinGroupSize)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.InvalidMinGroupSize)
                .WithDetail("Min", SurveyConsts.MinMinGroupSize)
                .WithDetail("Max", SurveyConsts.MaxMinGroupSize)
                .ForField(nameof(MinGroupSize));
        }

        Name = trimmed;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        MinGroupSize = minGroupSize;
        QuestionIds = questionIds.Where(id => ProfileQuestions.Find(id) is not null).Distinct().ToList();
        QuestionVersions = QuestionMethods.CurrentVersions(QuestionIds);
        State = SurveyRoundState.Draft;
    }

    public string Name { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>k: no aggregate over fewer tenants is shown to anyone but host roles.</summary>
    public int MinGroupSize { get; private set; }

    public SurveyRoundState State { get; private set; }

    /// <summary>The questions of this round, by their stable ids.</summary>
    public List<string> QuestionIds { get; private set; }

    /// <summary>The counting method's version of each question when the round was created (<see cref="QuestionMethods"/>); missing: version 1.</summary>
    public Dictionary<string, int> QuestionVersions { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool Asks(string questionId) => QuestionIds.Contains(questionId);

    public int VersionOf(string questionId) => QuestionVersions.GetValueOrDefault(questionId, 1);

    /// <summary>Whether this round's figures of the question can be set beside another round's: both asked it, in the same version.</summary>
    public bool ComparableWith(SurveyRound other, string questionId) => Asks(questionId) && other.Asks(questionId) && VersionOf(questionId) == other.VersionOf(questionId);

    public void Open() => Move(SurveyRoundState.Draft, SurveyRoundState.Open);

    /// <summary>Freezes every response: from now on nothing the tenants change reaches this round.</summary>
    public void Close(DateTimeOffset now)
    {
        Move(SurveyRoundState.Open, SurveyRoundState.Closed);
        ClosedAt = now;
    }

    public void Publish(DateTimeOffset now)
    {
        Move(SurveyRoundState.Closed, SurveyRoundState.Published);
        PublishedAt = now;
    }

    public void EnsureOpen()
    {
        if (State != SurveyRoundState.Open)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.RoundNotOpen).WithDetail("Round", Name).WithDetail("State", State.ToString());
        }
    }

    private void Move(SurveyRoundState from, SurveyRoundState to)
    {
        if (State != from)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.WrongState)
                .WithDetail("Round", Name)
                .WithDetail("State", State.ToString())
                .WithDetail("Target", to.ToString());
        }

        State = to;
    }
}

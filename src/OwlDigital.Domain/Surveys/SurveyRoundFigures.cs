using OwlDigital.Entities;

namespace OwlDigital.Surveys;

/// <summary>
/// The figures of a closed round for one selection, as host roles see them (unprotected), computed
/// once when the round closes and again after a host correction. Reading a closed round's report
/// then reads one row per selection instead of counting every response: the cost no longer grows
/// with the number of tenants. Only selections with respondents are stored; the region's row is
/// always there and marks the round as computed.
/// </summary>
public class SurveyRoundFigures : Entity<Guid>
{
    private SurveyRoundFigures()
    {
        SelectionKey = null!;
        Questions = null!;
    }

    public SurveyRoundFigures(Guid id, Guid roundId, ReportSelection selection, int respondents, IReadOnlyList<QuestionFigures> questions, DateTimeOffset computedAt)
        : base(id)
    {
        RoundId = roundId;
        SelectionKey = KeyOf(selection);
        Respondents = respondents;
        Questions = questions;
        ComputedAt = computedAt;
    }

    public Guid RoundId { get; private set; }

    /// <summary>The normalized selection as text: district, kind and size class, empty where any.</summary>
    public string SelectionKey { get; private set; }

    public int Respondents { get; private set; }

    public IReadOnlyList<QuestionFigures> Questions { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public static string KeyOf(ReportSelection selection)
    {
        var normalized = selection.Normalized();
        return $"{normalized.DistrictKey}|{normalized.Kind}|{normalized.SizeClass}";
    }
}

using OwlDigital.Entities;

namespace OwlDigital.Surveys;

/// <summary>
/// What viewers outside the host roles may ever see of a published round, computed once when it is
/// published and never again: the admitted selections with their protected figures. Computing it once
/// is part of the protection, not only of the speed: figures recomputed later (after a tenant's
/// population moved it to another size class, say) could be subtracted from the earlier ones.
/// </summary>
public class SurveyPublication : Entity<Guid>
{
    private SurveyPublication()
    {
        Content = null!;
    }

    public SurveyPublication(Guid roundId, DateTimeOffset computedAt, PublicationContent content)
        : base(roundId)
    {
        ComputedAt = computedAt;
        Content = content;
    }

    public Guid RoundId => Id;

    /// <summary>When the disclosure check ran and its figures were fixed.</summary>
    public DateTimeOffset ComputedAt { get; private set; }

    public PublicationContent Content { get; private set; }

    /// <summary>The figures of the selection, or null when it is withheld to protect small groups.</summary>
    public PublishedSelection? Find(ReportSelection selection)
    {
        var normalized = selection.Normalized();
        return Content.Selections.FirstOrDefault(s => s.Selections.Contains(normalized));
    }
}

/// <summary>
/// The protected figures of a round. <see cref="Candidates"/>: how many filter combinations were
/// checked; <see cref="Reviewed"/>: how many respondents confirmed their data in the review window.
/// </summary>
public sealed record PublicationContent(int MinGroupSize, int Respondents, int Reviewed, int Candidates, IReadOnlyList<PublishedSelection> Selections);

/// <summary>
/// One admitted selection: every filter combination that selects exactly its respondents, and the
/// figures per question. <see cref="WithheldQuestions"/>: searchable questions not shown for this
/// selection, because the answers tenants opted to share in the peer search would leave too few unknown ones.
/// </summary>
public sealed record PublishedSelection(IReadOnlyList<ReportSelection> Selections, int Respondents, IReadOnlyList<QuestionFigures> Questions, IReadOnlyList<string> WithheldQuestions);

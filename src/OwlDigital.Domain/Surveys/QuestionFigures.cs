using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>
/// The figures of one question over a group of tenants: how many were asked (n), answered, did not
/// answer, and a count per cell (option, yes/no, bucket, year or term). With multiple answers the
/// cells need not add up to the answered. A suppressed count is null; a suppressed term is left out
/// altogether (its label could name who typed it), which <see cref="TermsWithheld"/> says.
/// </summary>
public sealed record QuestionFigures(
    string QuestionId,
    ProfileQuestionType Type,
    int Respondents,
    int? Answered,
    int? NotAnswered,
    bool MultipleAnswers,
    IReadOnlyList<FigureCell> Cells,
    bool TermsWithheld = false);

/// <summary>One bar, slice or term; <see cref="Count"/> is null where it is suppressed.</summary>
public sealed record FigureCell(string Key, int? Count);

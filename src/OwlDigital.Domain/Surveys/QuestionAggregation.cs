using System.Globalization;
using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>
/// Counts the answers to one question the way the DigitalBüro's report shows them: yes/no and
/// options counted per tenant; multiple answers counted per option (so they need not add up);
/// numbers in steps of 25 ("0-24", "25-49", …) and shares in steps of 20 % ("0-19" … "80-100"),
/// because self-reported figures are rough; years as they are; free text and lists as a ranked term
/// list (case and blanks do not split a term). Unanswered questions are counted, not dropped.
/// </summary>
public static class QuestionAggregation
{
    public const int NumberStep = 25;
    public const int PercentStep = 20;

    public static QuestionFigures Aggregate(ProfileQuestion question, IReadOnlyList<ProfileAnswer?> answers)
    {
        var given = answers.Where(a => a is not null && !a.IsEmpty).Select(a => a!).ToList();
        var cells = question.Type switch
        {
            ProfileQuestionType.YesNo =>
            [
                new FigureCell("yes", given.Count(a => a.Flag == true)),
                new FigureCell("no", given.Count(a => a.Flag == false)),
            ],
            ProfileQuestionType.Choice => question.Options.Select(o => new FigureCell(o, given.Count(a => a.Text == o))).ToList(),
            ProfileQuestionType.MultiChoice => question.Options.Select(o => new FigureCell(o, given.Count(a => a.Values?.Contains(o) == true))).ToList(),
            ProfileQuestionType.Number => Buckets(given, NumberStep, lastFrom: null),
            ProfileQuestionType.Percent => Buckets(given, PercentStep, lastFrom: 80),
            ProfileQuestionType.Year => given.GroupBy(a => (int)a.Number!.Value).OrderBy(g => g.Key)
                .Select(g => new FigureCell(g.Key.ToString(CultureInfo.InvariantCulture), g.Count())).ToList(),
            _ => Terms(question.Type == ProfileQuestionType.Text ? given.Select(a => new[] { a.Text! }) : given.Select(a => a.Values!.ToArray())),
        };
        return new QuestionFigures(
            question.Id,
            question.Type,
            answers.Count,
            given.Count,
            answers.Count - given.Count,
            question.Type is ProfileQuestionType.MultiChoice or ProfileQuestionType.TextList,
            cells);
    }

    /// <summary>"0-24", "25-49", …; with <paramref name="lastFrom"/> the top bucket is closed at 100 ("80-100").</summary>
    public static string BucketOf(decimal value, int step, int? lastFrom)
    {
        var from = (int)Math.Floor(value / step) * step;
        if (lastFrom is { } last && from >= last)
        {
            return $"{last}-100";
        }

        return $"{from}-{from + step - 1}";
    }

    private static List<FigureCell> Buckets(List<ProfileAnswer> given, int step, int? lastFrom)
    {
        var top = lastFrom ?? (given.Count == 0 ? 0 : (int)Math.Floor(given.Max(a => a.Number!.Value) / step) * step);
        var cells = new List<FigureCell>();
        for (var from = 0; from <= top; from += step)
        {
            var key = BucketOf(from, step, lastFrom);
            cells.Add(new FigureCell(key, given.Count(a => BucketOf(a.Number!.Value, step, lastFrom) == key)));
        }

        return cells;
    }

    // Each tenant counts once per term; the spelling shown is the one used most.
    private static List<FigureCell> Terms(IEnumerable<string[]> answers) =>
        answers
            .SelectMany(terms => terms.Select(t => t.Trim()).Where(t => t.Length > 0).DistinctBy(t => t.ToUpperInvariant()))
            .GroupBy(t => t.ToUpperInvariant())
            .Select(g => new FigureCell(g.GroupBy(t => t).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Key, StringComparer.CurrentCulture)
            .ToList();
}

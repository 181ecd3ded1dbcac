using System.Globalization;
using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

/// <summary>
/// Counts the answers to one question the way the DigitalBüro's report shows them: yes/no and
/// options counted per tenant; multiple answers counted per option (so they need not add up);
/// numbers in steps of 25 ("0-24", "25-49", …, "150+") and shares in steps of 20 % ("0-19" …
/// "80-100"), because self-reported figures are rough; years over the ten years up to the round
/// ("≤2016" for everything earlier, "≥2026" for the round's year and later); free text and lists as
/// a ranked term list (case and blanks do not split a term). Unanswered questions are counted, not
/// dropped; an answer that falls into no cell (an option since removed) counts as not answered, so
/// the cells and "not answered" always add up to n.
/// Every scale is fixed in advance, never stretched to the data: a scale that ends where the largest
/// answer lies would tell everyone that one tenant answered that much.
/// </summary>
public static class QuestionAggregation
{
    public const int NumberStep = 25;
    public const int NumberOpenFrom = 150;
    public const int PercentStep = 20;
    public const int PercentTopFrom = 80;
    public const int YearWindow = 10;

    /// <summary>The key that stands for "not answered" in the disclosure control's cell grid (never shown as a cell).</summary>
    public const string NotAnsweredKey = "-";

    /// <summary>True for questions where each tenant gives at most one answer, so the cells and "not answered" add up to n.</summary>
    public static bool IsAdditive(ProfileQuestion question) =>
        question.Type is ProfileQuestionType.YesNo or ProfileQuestionType.Choice or ProfileQuestionType.Number or ProfileQuestionType.Percent or ProfileQuestionType.Year;

    public static bool IsTermList(ProfileQuestion question) => question.Type is ProfileQuestionType.Text or ProfileQuestionType.TextList;

    /// <summary>The cells a question always shows, in order (empty for term lists, whose cells are the terms given).</summary>
    public static IReadOnlyList<string> FixedCells(ProfileQuestion question, int lastYear) => question.Type switch
    {
        ProfileQuestionType.YesNo => ["yes", "no"],
        ProfileQuestionType.Choice or ProfileQuestionType.MultiChoice => question.Options,
        ProfileQuestionType.Number => [.. Enumerable.Range(0, NumberOpenFrom / NumberStep).Select(i => BucketOf(i * NumberStep, NumberStep, null)), BucketOf(NumberOpenFrom, NumberStep, null)],
        ProfileQuestionType.Percent => [.. Enumerable.Range(0, (PercentTopFrom / PercentStep) + 1).Select(i => BucketOf(i * PercentStep, PercentStep, PercentTopFrom))],
        ProfileQuestionType.Year => [.. Enumerable.Range(lastYear - YearWindow, YearWindow + 1).Select(y => YearKey(y, lastYear))],
        _ => [],
    };

    /// <summary>
    /// The cells one answer counts in: one for single answers, several for multiple answers and
    /// lists (term keys in upper case, so spelling does not split them), none when not answered.
    /// </summary>
    public static IReadOnlyList<string> KeysOf(ProfileQuestion question, ProfileAnswer? answer, int lastYear)
    {
        if (answer is null || answer.IsEmpty)
        {
            return [];
        }

        return question.Type switch
        {
            ProfileQuestionType.YesNo => [answer.Flag == true ? "yes" : "no"],
            ProfileQuestionType.Choice => question.Options.Contains(answer.Text) ? [answer.Text!] : [],
            ProfileQuestionType.MultiChoice => question.Options.Where(o => answer.Values?.Contains(o) == true).ToList(),
            ProfileQuestionType.Number => [BucketOf(answer.Number!.Value, NumberStep, null)],
            ProfileQuestionType.Percent => [BucketOf(answer.Number!.Value, PercentStep, PercentTopFrom)],
            ProfileQuestionType.Year => [YearKey((int)answer.Number!.Value, lastYear)],
            ProfileQuestionType.Text => TermKeys([answer.Text ?? string.Empty]),
            _ => TermKeys(answer.Values ?? []),
        };
    }

    /// <summary>How a term is written in the report: the spelling used most (ties: the first in ordinal order).</summary>
    public static IReadOnlyDictionary<string, string> TermLabels(ProfileQuestion question, IEnumerable<ProfileAnswer?> answers) =>
        answers
            .Where(a => a is not null && !a.IsEmpty)
            .SelectMany(a => (question.Type == ProfileQuestionType.Text ? [a!.Text ?? string.Empty] : a!.Values ?? []).Select(t => t.Trim()).Where(t => t.Length > 0))
            .GroupBy(t => t.ToUpperInvariant())
            .ToDictionary(g => g.Key, g => g.GroupBy(t => t).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);

    /// <summary>Whether an answer counts as given: it falls into at least one cell.</summary>
    public static bool IsAnswered(ProfileQuestion question, ProfileAnswer? answer, int lastYear) => KeysOf(question, answer, lastYear).Count > 0;

    /// <summary>Every figure unsuppressed, as host roles see it.</summary>
    public static QuestionFigures Aggregate(ProfileQuestion question, IReadOnlyList<ProfileAnswer?> answers, int lastYear)
    {
        var keys = answers.Select(a => KeysOf(question, a, lastYear)).ToList();
        var answered = keys.Count(k => k.Count > 0);
        List<FigureCell> cells;
        if (IsTermList(question))
        {
            var labels = TermLabels(question, answers);
            cells = keys.SelectMany(k => k).GroupBy(k => k, StringComparer.Ordinal)
                .Select(g => new FigureCell(labels[g.Key], g.Count()))
                .OrderByDescending(c => c.Count)
                .ThenBy(c => c.Key, StringComparer.CurrentCulture)
                .ToList();
        }
        else
        {
            cells = FixedCells(question, lastYear).Select(cell => new FigureCell(cell, keys.Count(k => k.Contains(cell)))).ToList();
        }

        return new QuestionFigures(question.Id, question.Type, answers.Count, answered, answers.Count - answered, !IsAdditive(question), cells);
    }

    /// <summary>"0-24", "25-49", …; with <paramref name="topFrom"/> the top bucket is closed at 100 ("80-100"), without it numbers from <see cref="NumberOpenFrom"/> share one open bucket ("150+").</summary>
    public static string BucketOf(decimal value, int step, int? topFrom)
    {
        var from = (int)Math.Floor(value / step) * step;
        if (topFrom is { } top)
        {
            return from >= top ? $"{top}-100" : $"{from}-{from + step - 1}";
        }

        return from >= NumberOpenFrom ? $"{NumberOpenFrom}+" : $"{from}-{from + step - 1}";
    }

    private static string YearKey(int year, int lastYear) =>
        year <= lastYear - YearWindow ? "≤" + (lastYear - YearWindow).ToString(CultureInfo.InvariantCulture)
        : year >= lastYear ? "≥" + lastYear.ToString(CultureInfo.InvariantCulture)
        : year.ToString(CultureInfo.InvariantCulture);

    private static List<string> TermKeys(IEnumerable<string> terms) =>
        terms.Select(t => t.Trim()).Where(t => t.Length > 0).Select(t => t.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
}

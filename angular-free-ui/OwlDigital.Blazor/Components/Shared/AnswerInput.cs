using OwlDigital.Profiles;

namespace OwlDigital.Blazor.Components.Shared;

/// <summary>What a question's form field holds while it is edited; turned into an answer of the question's type on saving.</summary>
public sealed class AnswerInput
{
    public string? FlagText { get; set; }

    public decimal? Number { get; set; }

    public string? Text { get; set; }

    public string? ListText { get; set; }

    public HashSet<string> Values { get; } = new(StringComparer.Ordinal);

    public static AnswerInput From(ProfileQuestion question, ProfileAnswer? answer)
    {
        var input = new AnswerInput
        {
            FlagText = answer?.Flag is { } flag ? (flag ? "true" : "false") : null,
            Number = answer?.Number,
            Text = answer?.Text,
            ListText = question.Type == ProfileQuestionType.TextList && answer?.Values is { } lines ? string.Join('\n', lines) : null,
        };
        if (question.Type == ProfileQuestionType.MultiChoice)
        {
            input.Values.UnionWith(answer?.Values ?? []);
        }

        return input;
    }

    /// <summary>Form fields for every question, filled from the given answers.</summary>
    public static Dictionary<string, AnswerInput> ForAll(IReadOnlyDictionary<string, ProfileAnswer> answers) =>
        ProfileQuestions.All.ToDictionary(q => q.Id, q => From(q, answers.GetValueOrDefault(q.Id)), StringComparer.Ordinal);

    public ProfileAnswer? ToAnswer(ProfileQuestion question) => question.Type switch
    {
        ProfileQuestionType.YesNo => bool.TryParse(FlagText, out var flag) ? new ProfileAnswer(Flag: flag) : null,
        ProfileQuestionType.Number or ProfileQuestionType.Percent or ProfileQuestionType.Year => Number is { } n ? new ProfileAnswer(Number: n) : null,
        ProfileQuestionType.Choice or ProfileQuestionType.Text => string.IsNullOrWhiteSpace(Text) ? null : new ProfileAnswer(Text: Text),
        ProfileQuestionType.MultiChoice => Values.Count == 0 ? null : new ProfileAnswer(Values: Values.ToList()),
        _ => string.IsNullOrWhiteSpace(ListText) ? null : new ProfileAnswer(Values: ListText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
    };
}

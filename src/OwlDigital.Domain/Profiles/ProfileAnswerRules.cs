using System.Globalization;
using OwlDigital.ExceptionHandling;

namespace OwlDigital.Profiles;

/// <summary>
/// The plausibility rules of the profile: an answer must fit its question (type, options, range),
/// and the answers of a chapter must not contradict each other. A refused answer names the question.
/// </summary>
public static class ProfileAnswerRules
{
    /// <summary>Checks one answer and returns it cleaned (trimmed, list entries de-duplicated), or null when it says nothing.</summary>
    public static ProfileAnswer? Clean(ProfileQuestion question, ProfileAnswer? answer, int currentYear)
    {
        if (answer is null || answer.IsEmpty)
        {
            return null;
        }

        if (question.IsDerived)
        {
            throw Error(OwlDigitalErrorCodes.Profiles.DerivedQuestion, question);
        }

        switch (question.Type)
        {
            case ProfileQuestionType.YesNo:
                Require(answer.Flag is not null && answer.Number is null && answer.Text is null && answer.Values is null, question);
                return new ProfileAnswer(Flag: answer.Flag);
            case ProfileQuestionType.Number or ProfileQuestionType.Percent or ProfileQuestionType.Year:
                Require(answer.Number is not null && answer.Flag is null && answer.Text is null && answer.Values is null, question);
                var number = answer.Number!.Value;
                if (number < 0 || decimal.Truncate(number) != number && question.Type != ProfileQuestionType.Percent)
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.NegativeNumber, question).WithDetail("Value", number.ToString(CultureInfo.InvariantCulture));
                }

                if (question.Type == ProfileQuestionType.Percent && number > 100)
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.PercentOutOfRange, question).WithDetail("Value", number.ToString(CultureInfo.InvariantCulture));
                }

                if (question.Type == ProfileQuestionType.Year && (number > currentYear || number < 1950))
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.YearInFuture, question)
                        .WithDetail("Value", number.ToString(CultureInfo.InvariantCulture))
                        .WithDetail("CurrentYear", currentYear);
                }

                return new ProfileAnswer(Number: number);
            case ProfileQuestionType.Choice or ProfileQuestionType.Text:
                Require(answer.Text is not null && answer.Flag is null && answer.Number is null && answer.Values is null, question);
                var text = answer.Text!.Trim();
                if (question.Type == ProfileQuestionType.Choice && !question.Options.Contains(text))
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.NotAnOption, question).WithDetail("Value", text);
                }

                if (text.Length > ProfileQuestions.MaxTextLength)
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.TextTooLong, question).WithDetail("MaxLength", ProfileQuestions.MaxTextLength);
                }

                return new ProfileAnswer(Text: text);
            default:
                Require(answer.Values is not null && answer.Flag is null && answer.Number is null && answer.Text is null, question);
                var values = answer.Values!.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (values.Count > ProfileQuestions.MaxListEntries || values.Any(v => v.Length > ProfileQuestions.MaxListEntryLength))
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.TooManyEntries, question)
                        .WithDetail("Max", ProfileQuestions.MaxListEntries)
                        .WithDetail("MaxLength", ProfileQuestions.MaxListEntryLength);
                }

                if (question.Type == ProfileQuestionType.MultiChoice && values.FirstOrDefault(v => !question.Options.Contains(v)) is { } unknown)
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.NotAnOption, question).WithDetail("Value", unknown);
                }

                if (question.Type == ProfileQuestionType.MultiChoice && values.Contains("none") && values.Count > 1)
                {
                    throw Error(OwlDigitalErrorCodes.Profiles.NoneWithOthers, question);
                }

                return values.Count == 0 ? null : new ProfileAnswer(Values: values);
        }
    }

    /// <summary>Contradictions between answers of the whole profile, checked after a chapter is merged in.</summary>
    public static void CheckConsistency(IReadOnlyDictionary<string, ProfileAnswer> answers)
    {
        if (answers.GetValueOrDefault("dms.state")?.Text == "none" && answers.GetValueOrDefault("dms.vendors")?.Values is { Count: > 0 } vendors)
        {
            throw Error(OwlDigitalErrorCodes.Profiles.NoDmsWithVendor, ProfileQuestions.Find("dms.vendors")!).WithDetail("Vendor", vendors[0]);
        }
    }

    private static void Require(bool fits, ProfileQuestion question)
    {
        if (!fits)
        {
            throw Error(OwlDigitalErrorCodes.Profiles.WrongAnswerKind, question).WithDetail("Type", question.Type.ToString());
        }
    }

    private static BusinessException Error(string code, ProfileQuestion question) =>
        new BusinessException(code).WithDetail("Question", question.Id).ForField(question.Id);
}

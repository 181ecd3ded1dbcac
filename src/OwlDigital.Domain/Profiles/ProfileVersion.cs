using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Profiles;

/// <summary>
/// One dated state of the tenant's digital profile. Saving a chapter writes a new version with the
/// whole profile (the other chapters carried over), so any past state is one row, and nothing is
/// ever changed in place. Versions are numbered 1, 2, … per tenant; the unique number makes two
/// concurrent saves on the same version collide instead of one silently winning.
/// </summary>
public class ProfileVersion : Entity<Guid>, IMultiTenant
{
    private ProfileVersion()
    {
        Answers = new Dictionary<string, ProfileAnswer>();
    }

    private ProfileVersion(Guid id, int number, DateTimeOffset validFrom, ProfileChapter chapter, Guid? changedByUserId, string? changedByName, IReadOnlyDictionary<string, ProfileAnswer> answers)
        : base(id)
    {
        Number = number;
        ValidFrom = validFrom;
        Chapter = chapter;
        ChangedByUserId = changedByUserId;
        ChangedByName = changedByName;
        Answers = answers;
    }

    public Guid TenantId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    /// <summary>The chapter whose saving made this version.</summary>
    public ProfileChapter Chapter { get; private set; }

    public Guid? ChangedByUserId { get; private set; }

    public string? ChangedByName { get; private set; }

    public IReadOnlyDictionary<string, ProfileAnswer> Answers { get; private set; }

    /// <summary>
    /// The profile after saving one chapter on top of <paramref name="previous"/> (null: the first
    /// save). Answers of other chapters are carried over; an empty answer removes the question's
    /// answer. Every answer is checked, then the whole profile for contradictions.
    /// </summary>
    public static ProfileVersion Next(
        ProfileVersion? previous,
        ProfileChapter chapter,
        IReadOnlyDictionary<string, ProfileAnswer?> chapterAnswers,
        DateTimeOffset now,
        Guid? userId,
        string? userName)
    {
        var merged = previous?.Answers.Where(a => ProfileQuestions.Find(a.Key)?.Chapter != chapter).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal)
            ?? new Dictionary<string, ProfileAnswer>(StringComparer.Ordinal);
        foreach (var (questionId, answer) in chapterAnswers)
        {
            var question = ProfileQuestions.Find(questionId)
                ?? throw new BusinessException(OwlDigitalErrorCodes.Profiles.UnknownQuestion).WithDetail("Question", questionId).ForField(questionId);
            if (question.Chapter != chapter)
            {
                throw new BusinessException(OwlDigitalErrorCodes.Profiles.WrongChapter).WithDetail("Question", questionId).ForField(questionId);
            }

            if (ProfileAnswerRules.Clean(question, answer, now.Year) is { } cleaned)
            {
                merged[questionId] = cleaned;
            }
        }

        ProfileAnswerRules.CheckConsistency(merged);
        return new ProfileVersion(Guid.NewGuid(), (previous?.Number ?? 0) + 1, now, chapter, userId, userName, merged);
    }
}

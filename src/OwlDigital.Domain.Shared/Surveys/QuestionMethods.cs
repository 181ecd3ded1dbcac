namespace OwlDigital.Surveys;

/// <summary>
/// The counting method of each benchmark question, versioned with the questionnaire. A round keeps
/// the versions of the questions as they were when it was created; when a question's wording,
/// options or counting rule changes, it gets a new version here (with a text saying what changed,
/// <c>Method:{id}:v{n}</c>), and the report says that two rounds with different versions are not
/// directly comparable instead of silently comparing them.
/// </summary>
public static class QuestionMethods
{
    /// <summary>Versions above 1; every other question is at version 1.</summary>
    private static readonly IReadOnlyDictionary<string, int> Changed = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // 2026-12: a fixed scale up to "150+" instead of one that ended at the largest answer.
        ["online.count"] = 2,

        // 2026-12: the ten years up to the round, earlier years together, instead of every year answered.
        ["portal.since"] = 2,
    };

    public static int CurrentVersion(string questionId) => Changed.GetValueOrDefault(questionId, 1);

    public static Dictionary<string, int> CurrentVersions(IEnumerable<string> questionIds) =>
        questionIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, CurrentVersion, StringComparer.Ordinal);

    /// <summary>The localization key of what changed in a version (null for version 1).</summary>
    public static string? ChangeKey(string questionId, int version) => version > 1 ? $"Method:{questionId}:v{version}" : null;

    public static IEnumerable<(string QuestionId, int Version)> AllChanges =>
        Changed.SelectMany(c => Enumerable.Range(2, c.Value - 1).Select(v => (c.Key, v)));
}

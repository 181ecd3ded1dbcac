namespace OwlDigital.Profiles;

/// <summary>
/// A question of the digital profile. <see cref="Id"/> is stable across survey rounds (a round may
/// add questions, never renumber them) and is the key of its texts ("Question:{Id}", "Option:{Id}:{option}").
/// A derived question is answered from the tenant's own data in the application and never asked.
/// </summary>
public sealed record ProfileQuestion(
    string Id,
    ProfileChapter Chapter,
    ProfileQuestionType Type,
    IReadOnlyList<string> Options,
    bool IsDerived = false,
    string? SuggestionsFrom = null);

using OwlDigital.Authorization;

namespace OwlDigital.Profiles;

/// <summary>A question as the form shows it; texts come from the localization by id.</summary>
public sealed record ProfileQuestionDto(string Id, ProfileChapter Chapter, ProfileQuestionType Type, IReadOnlyList<string> Options, bool IsDerived, string? SuggestionsFrom);

/// <summary>
/// The profile as of one version (null: nothing saved yet). Derived facts are computed from the
/// tenant's data at the time of reading and marked as such; they are never stored as answers.
/// </summary>
public sealed record DigitalProfileDto(
    int? Version,
    DateTimeOffset? ValidFrom,
    string? ChangedByName,
    bool IsCurrent,
    IReadOnlyDictionary<string, ProfileAnswer> Answers,
    IReadOnlyList<DerivedFactDto> Derived);

/// <summary>A fact the application knows, e.g. "online.count": the tenant's online services with status U.</summary>
public sealed record DerivedFactDto(string QuestionId, decimal Value, string Source, IReadOnlyDictionary<string, int>? Breakdown);

public sealed record ProfileVersionDto(int Version, DateTimeOffset ValidFrom, ProfileChapter Chapter, string? ChangedByName);

/// <summary>The answers of one chapter; <see cref="BasedOnVersion"/> is the version the form was filled on (null for the first save).</summary>
public sealed record SaveProfileChapterDto(Dictionary<string, ProfileAnswer?> Answers, int? BasedOnVersion);

public interface IDigitalProfileAppService
{
    [RequiresPermission(OwlDigitalPermissions.Profiles.Default)]
    Task<IReadOnlyList<ProfileQuestionDto>> GetQuestionnaireAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Profiles.Default)]
    Task<DigitalProfileDto> GetCurrentAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Profiles.Default)]
    Task<DigitalProfileDto> GetVersionAsync(int version, CancellationToken cancellationToken = default);

    /// <summary>The state in force at a point in time (the last version saved before it).</summary>
    [RequiresPermission(OwlDigitalPermissions.Profiles.Default)]
    Task<DigitalProfileDto> GetAtAsync(DateTimeOffset time, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Profiles.Default)]
    Task<IReadOnlyList<ProfileVersionDto>> GetHistoryAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves one chapter as a new version; refused (409) when someone saved since the form was filled.</summary>
    [RequiresPermission(OwlDigitalPermissions.Profiles.Edit)]
    Task<DigitalProfileDto> SaveChapterAsync(ProfileChapter chapter, SaveProfileChapterDto input, CancellationToken cancellationToken = default);
}

/// <summary>A tenant that opted in to be findable and gave this answer, with the contact it named.</summary>
public sealed record PeerDto(Guid TenantId, string TenantName, string? Contact, IReadOnlyList<string> Matches);

public interface IPeerAppService
{
    /// <summary>
    /// Other tenants whose current profile answers <paramref name="questionId"/> (a searchable question:
    /// products, EfA services, use cases) with something containing <paramref name="value"/>, among
    /// those that opted in with "org.findable". Nothing else of their profile is shown.
    /// </summary>
    [RequiresPermission(OwlDigitalPermissions.Profiles.Default)]
    Task<IReadOnlyList<PeerDto>> FindAsync(string questionId, string value, CancellationToken cancellationToken = default);
}

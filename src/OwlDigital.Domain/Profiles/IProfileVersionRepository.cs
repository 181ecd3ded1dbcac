namespace OwlDigital.Profiles;

public interface IProfileVersionRepository
{
    Task<ProfileVersion?> GetLatestAsync(CancellationToken cancellationToken = default);

    Task<ProfileVersion?> FindByNumberAsync(int number, CancellationToken cancellationToken = default);

    /// <summary>The state in force at the given time: the last version saved before it.</summary>
    Task<ProfileVersion?> FindAtAsync(DateTimeOffset time, CancellationToken cancellationToken = default);

    /// <summary>Every version without its answers, newest first.</summary>
    Task<List<(int Number, DateTimeOffset ValidFrom, ProfileChapter Chapter, string? ChangedByName)>> GetHistoryAsync(CancellationToken cancellationToken = default);

    /// <summary>Every tenant's latest version, through the audited cross-tenant path (peer search). Callers check the permission.</summary>
    Task<List<ProfileVersion>> GetLatestOfAllTenantsAsync(CancellationToken cancellationToken = default);

    Task InsertAsync(ProfileVersion version, CancellationToken cancellationToken = default);
}

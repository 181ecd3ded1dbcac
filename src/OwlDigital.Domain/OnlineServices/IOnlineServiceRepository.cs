namespace OwlDigital.OnlineServices;

public interface IOnlineServiceRepository
{
    Task<OnlineService?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OnlineService?> FindByNumberAsync(string number, CancellationToken cancellationToken = default);

    Task<List<string>> GetNumbersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every service of the tenant with statuses and mappings, untracked (lists, reports, exports).</summary>
    Task<List<OnlineService>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<List<OnlineService>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    Task InsertAsync(OnlineService service, CancellationToken cancellationToken = default);
}

namespace OwlDigital.Tenants;

public interface ITenantRepository
{
    Task<Tenant?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<Tenant?> FindByAgsAsync(string ags, CancellationToken cancellationToken = default);

    /// <summary>One page of the directory and the total over all pages, in one statement.</summary>
    Task<(List<Tenant> Items, long TotalCount)> GetPageAsync(TenantListQuery query, CancellationToken cancellationToken = default);

    Task<List<Tenant>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<List<Tenant>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    Task InsertAsync(Tenant tenant, CancellationToken cancellationToken = default);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Tenants;

public sealed class EfCoreTenantRepository(OwlDigitalDbContext dbContext) : ITenantRepository
{
    public Task<Tenant?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Tenants.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<Tenant?> FindByAgsAsync(string ags, CancellationToken cancellationToken = default) =>
        dbContext.Tenants.FirstOrDefaultAsync(t => t.Ags == ags, cancellationToken);

    public async Task<(List<Tenant> Items, long TotalCount)> GetPageAsync(TenantListQuery query, CancellationToken cancellationToken = default)
    {
        // The total rides along as an uncorrelated subquery, which PostgreSQL computes once.
        var filtered = Filter(dbContext.Tenants.AsNoTracking(), query);
        var rows = await Sort(filtered, query)
            .Skip(query.Skip)
            .Take(query.Take)
            .Select(t => new { Tenant = t, Total = filtered.LongCount() })
            .ToListAsync(cancellationToken);
        var total = rows.Count > 0 ? rows[0].Total : query.Skip == 0 ? 0 : await filtered.LongCountAsync(cancellationToken);
        return (rows.Select(r => r.Tenant).ToList(), total);
    }

    public Task<List<Tenant>> GetAllAsync(CancellationToken cancellationToken = default) =>
        dbContext.Tenants.ToListAsync(cancellationToken);

    public Task<List<Tenant>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        dbContext.Tenants.Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);

    public async Task InsertAsync(Tenant tenant, CancellationToken cancellationToken = default) =>
        await dbContext.Tenants.AddAsync(tenant, cancellationToken);

    private static IQueryable<Tenant> Filter(IQueryable<Tenant> tenants, TenantListQuery query)
    {
        if (query.Filter is { } filter)
        {
            var pattern = LikePattern.Contains(filter);
            var keyPrefix = LikePattern.Escape(filter) + "%";
            tenants = tenants.Where(t =>
                EF.Functions.ILike(t.Name, pattern) || EF.Functions.Like(t.Ags, keyPrefix) || EF.Functions.Like(t.Ars, keyPrefix));
        }

        if (query.DistrictKey is { } districtKey)
        {
            tenants = tenants.Where(t => t.DistrictKey == districtKey);
        }

        if (query.Kind is { } kind)
        {
            tenants = tenants.Where(t => t.Kind == kind);
        }

        return tenants;
    }

    private static IQueryable<Tenant> Sort(IQueryable<Tenant> tenants, TenantListQuery query)
    {
        var sorted = query.SortField switch
        {
            TenantSortField.Kind => OrderBy(tenants, t => t.Kind, query.SortDescending),
            TenantSortField.District => OrderBy(tenants, t => t.DistrictKey, query.SortDescending),
            TenantSortField.Ags => OrderBy(tenants, t => t.Ags, query.SortDescending),
            TenantSortField.Population => OrderBy(tenants, t => t.Population, query.SortDescending),
            _ => OrderBy(tenants, t => t.Name, query.SortDescending),
        };

        // A unique tie-breaker keeps pages stable: no tenant appears twice or never while paging.
        return sorted.ThenBy(t => t.Name).ThenBy(t => t.Id);
    }

    private static IOrderedQueryable<Tenant> OrderBy<TKey>(
        IQueryable<Tenant> tenants,
        System.Linq.Expressions.Expression<Func<Tenant, TKey>> key,
        bool descending) =>
        descending ? tenants.OrderByDescending(key) : tenants.OrderBy(key);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Auditing;

public sealed class EfCoreAuditLogRepository(OwlDigitalDbContext dbContext, ICurrentTenant currentTenant, CrossTenantReader crossTenantReader)
    : IAuditLogRepository
{
    public const string CrossTenantReadPurpose = "AuditLog";

    public async Task<(List<AuditLogEntry> Items, long TotalCount)> GetListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Id;
        var entries = dbContext.AuditLogEntries.AsNoTracking().Where(e => e.TenantId == tenantId);
        return await PageAsync(Filter(entries, query with { TenantId = null, HostOnly = false }), query, cancellationToken);
    }

    public Task<(List<AuditLogEntry> Items, long TotalCount)> GetListAcrossTenantsAsync(AuditLogQuery query, CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync(
            CrossTenantReadPurpose,
            context => PageAsync(Filter(context.AuditLogEntries, query), query, cancellationToken),
            cancellationToken);

    public async Task WriteAsync(AuditLogEntry entry, CancellationToken cancellationToken = default)
    {
        dbContext.AuditLogEntries.Add(entry);
        await dbContext.SaveChangesAsync(cancellationToken);
    }

    private static IQueryable<AuditLogEntry> Filter(IQueryable<AuditLogEntry> entries, AuditLogQuery query)
    {
        if (query.HostOnly)
        {
            entries = entries.Where(e => e.TenantId == null);
        }
        else if (query.TenantId is { } tenantId)
        {
            entries = entries.Where(e => e.TenantId == tenantId);
        }

        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var pattern = LikePattern.Contains(query.UserName.Trim());
            entries = entries.Where(e => e.UserName != null && EF.Functions.ILike(e.UserName, pattern));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            var entityType = query.EntityType.Trim();
            entries = entries.Where(e => e.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            var entityId = query.EntityId.Trim();
            entries = entries.Where(e => e.EntityId == entityId);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.Time >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.Time < to);
        }

        return entries;
    }

    private static async Task<(List<AuditLogEntry> Items, long TotalCount)> PageAsync(
        IQueryable<AuditLogEntry> entries,
        AuditLogQuery query,
        CancellationToken cancellationToken)
    {
        var total = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Time).ThenBy(e => e.Id).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
        return (items, total);
    }
}

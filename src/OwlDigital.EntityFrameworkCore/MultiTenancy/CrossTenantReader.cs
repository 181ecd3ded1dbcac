using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OwlDigital.Auditing;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// The one path by which host-side code reads tenant-owned rows of several tenants (regional
/// aggregates, the whole audit log). It opens its own context whose tenant filter admits every
/// tenant, runs the query in a read-only transaction in which the row-level-security policies
/// admit reads (and only reads), and records who read what in the audit log. Callers check the
/// permission first; nothing else switches the tenant filter off.
/// </summary>
public sealed class CrossTenantReader(
    DbContextOptions<OwlDigitalDbContext> options,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    ILogger<CrossTenantReader> logger)
{
    public const string SettingName = "app.cross_tenant_read";

    /// <param name="purpose">What is read, for the audit log (e.g. "AuditLog", "Benchmark").</param>
    public async Task<T> ReadAsync<T>(string purpose, Func<OwlDigitalDbContext, Task<T>> query, CancellationToken cancellationToken = default)
    {
        T result;
        await using (var context = new OwlDigitalDbContext(options) { IsCrossTenantRead = true })
        {
            context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync(
                $"SET TRANSACTION READ ONLY; SELECT set_config('{SettingName}', 'on', true);", cancellationToken);
            result = await query(context);

            // Nothing to keep: the transaction only scoped the setting.
            await transaction.RollbackAsync(cancellationToken);
        }

        logger.LogInformation("Cross-tenant read {Purpose} by user {UserId}", purpose, currentUser.Id);
        await using (var auditContext = new OwlDigitalDbContext(options, currentTenant, currentUser))
        {
            auditContext.AuditLogEntries.Add(new AuditLogEntry(
                Guid.NewGuid(),
                timeProvider.GetUtcNow(),
                AuditLogAction.CrossTenantRead,
                currentTenant.Id,
                currentUser.Id,
                currentUser.Principal?.Identity?.Name,
                purpose,
                entityId: null));
            await auditContext.SaveChangesAsync(cancellationToken);
        }

        return result;
    }
}

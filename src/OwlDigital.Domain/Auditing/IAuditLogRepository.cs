namespace OwlDigital.Auditing;

public interface IAuditLogRepository
{
    /// <summary>The current tenant's entries (the host's own entries when no tenant is current), newest first.</summary>
    Task<(List<AuditLogEntry> Items, long TotalCount)> GetListAsync(AuditLogQuery query, CancellationToken cancellationToken = default);

    /// <summary>Entries of every tenant and the host, through the audited cross-tenant read path. Callers check the permission.</summary>
    Task<(List<AuditLogEntry> Items, long TotalCount)> GetListAcrossTenantsAsync(AuditLogQuery query, CancellationToken cancellationToken = default);

    /// <summary>Writes one entry at once, in its own unit of work (sign-in events, which have no other change to join).</summary>
    Task WriteAsync(AuditLogEntry entry, CancellationToken cancellationToken = default);
}

namespace OwlDigital.Auditing;

/// <summary>Criteria of an audit log search; every criterion is optional.</summary>
public sealed record AuditLogQuery
{
    public int Skip { get; init; }

    public int Take { get; init; } = 50;

    /// <summary>Only for cross-tenant reads: one tenant's entries; <see cref="HostOnly"/> for host entries.</summary>
    public Guid? TenantId { get; init; }

    public bool HostOnly { get; init; }

    public string? UserName { get; init; }

    public string? EntityType { get; init; }

    public string? EntityId { get; init; }

    public AuditLogAction? Action { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}

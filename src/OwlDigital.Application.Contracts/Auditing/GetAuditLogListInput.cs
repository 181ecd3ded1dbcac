using OwlDigital.Dtos;

namespace OwlDigital.Auditing;

/// <summary>Search in the audit log, newest first. <see cref="TenantId"/> and <see cref="HostOnly"/> apply to host staff only.</summary>
public sealed class GetAuditLogListInput : PagedAndSortedResultRequestDto
{
    public Guid? TenantId { get; set; }

    public bool HostOnly { get; set; }

    /// <summary>Part of the author's e-mail address.</summary>
    public string? UserName { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public AuditLogAction? Action { get; set; }

    public DateTimeOffset? From { get; set; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTimeOffset? To { get; set; }
}

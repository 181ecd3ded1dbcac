namespace OwlDigital.Auditing;

public sealed record AuditLogEntryDto(
    Guid Id,
    DateTimeOffset Time,
    AuditLogAction Action,
    Guid? TenantId,
    string? TenantName,
    Guid? UserId,
    string? UserName,
    string EntityType,
    string? EntityId,
    IReadOnlyList<AuditPropertyChange> Changes);

using OwlDigital.Entities;

namespace OwlDigital.Auditing;

/// <summary>
/// One recorded write or sign-in. Entries are append-only: the application role may insert them but
/// neither update nor delete them. <see cref="TenantId"/> is the tenant the author worked in (null
/// on the host side), which decides who may read the entry.
/// </summary>
public class AuditLogEntry : Entity<Guid>
{
    private AuditLogEntry()
    {
        EntityType = null!;
        Changes = [];
    }

    public AuditLogEntry(
        Guid id,
        DateTimeOffset time,
        AuditLogAction action,
        Guid? tenantId,
        Guid? userId,
        string? userName,
        string entityType,
        string? entityId,
        IReadOnlyList<AuditPropertyChange>? changes = null)
        : base(id)
    {
        Time = time;
        Action = action;
        TenantId = tenantId;
        UserId = userId;
        UserName = Truncate(userName, AuditLogConsts.MaxUserNameLength);
        EntityType = Truncate(entityType, AuditLogConsts.MaxEntityTypeLength)!;
        EntityId = Truncate(entityId, AuditLogConsts.MaxEntityIdLength);
        Changes = changes?.ToList() ?? [];
    }

    public DateTimeOffset Time { get; private set; }

    public AuditLogAction Action { get; private set; }

    public Guid? TenantId { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>The author's e-mail at the time (kept even if the user is deleted later), or the address typed at a failed sign-in.</summary>
    public string? UserName { get; private set; }

    public string EntityType { get; private set; }

    public string? EntityId { get; private set; }

    public List<AuditPropertyChange> Changes { get; private set; }

    // Audit data comes from users and attackers alike (a typed e-mail address): cut, never reject.
    private static string? Truncate(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}

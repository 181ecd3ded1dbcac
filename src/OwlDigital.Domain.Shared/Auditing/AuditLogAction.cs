namespace OwlDigital.Auditing;

/// <summary>What an audit log entry records.</summary>
public enum AuditLogAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
    SignInSucceeded = 10,
    SignInFailed = 11,
    SignInLockedOut = 12,

    /// <summary>Host staff read tenant-owned data across tenants (the one explicit path that may).</summary>
    CrossTenantRead = 20,

    /// <summary>Reference data imported in bulk: one entry per entity type with the counts of rows written.</summary>
    Imported = 30,

    /// <summary>A host admin turned a person's two-step sign-in off (lost phone) and ended their sessions.</summary>
    TwoFactorReset = 40,
}

using Microsoft.AspNetCore.Identity;
using OwlDigital.Entities;

namespace OwlDigital.Users;

/// <summary>A person who signs in. What they may do, and in which tenants, is in their memberships.</summary>
public class OwlUser : IdentityUser<Guid>, IAuditedObject
{
    public const int MaxDisplayNameLength = UserConsts.MaxDisplayNameLength;

    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreationTime { get; set; }

    public DateTimeOffset? LastModificationTime { get; set; }

    /// <summary>The tenant the person last switched to, where they start next time (if they still may work there).</summary>
    public Guid? LastTenantId { get; set; }
}

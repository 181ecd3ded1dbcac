using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;

namespace OwlDigital.Memberships;

/// <summary>
/// A tenant role offered to a person, which becomes a <see cref="Membership"/> only when they
/// accept it: nobody joins a tenant without saying yes. Until then they are not a member and the
/// tenant sees only what its admin typed (address and name), never the account behind it.
/// </summary>
/// <remarks>
/// Like <see cref="Membership"/> not tenant-filtered: the invitee reads it from outside the tenant.
/// The app services filter by tenant (its admin) and by user (the invitee).
/// </remarks>
public class MembershipInvitation : AuditedAggregateRoot<Guid>
{
    private MembershipInvitation()
    {
    }

    public MembershipInvitation(Guid id, Guid userId, Guid tenantId, MembershipRole role, string email, string displayName, Guid? invitedBy)
        : base(id)
    {
        if (role.IsHostRole() || !Enum.IsDefined(role))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.NotATenantRole).WithDetail("Role", role).ForField(nameof(Role));
        }

        UserId = userId;
        TenantId = tenantId;
        Role = role;
        Email = email.Trim();
        DisplayName = displayName.Trim();
        InvitedBy = invitedBy;
    }

    /// <summary>How long a resent mail waits before the next may go: a mailbox is not flooded by repeated clicks.</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(10);

    /// <summary>The invited account (created for the invitation when the address had none).</summary>
    public Guid UserId { get; private set; }

    public Guid TenantId { get; private set; }

    public MembershipRole Role { get; private set; }

    /// <summary>The address as the tenant admin typed it.</summary>
    public string Email { get; private set; } = string.Empty;

    /// <summary>The name as the tenant admin typed it (an existing account's own name is not shown to the tenant).</summary>
    public string DisplayName { get; private set; } = string.Empty;

    public Guid? InvitedBy { get; private set; }

    /// <summary>When the invitation mail was last sent again (null: only the first mail).</summary>
    public DateTimeOffset? ResentAt { get; private set; }

    /// <summary>Notes a resend; refused within <see cref="ResendInterval"/> of the first mail or the last resend.</summary>
    public void MarkResent(DateTimeOffset now)
    {
        var last = ResentAt ?? CreationTime;
        if (now - last < ResendInterval)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.ResentTooSoon).WithDetail("Minutes", (int)Math.Ceiling((ResendInterval - (now - last)).TotalMinutes));
        }

        ResentAt = now;
    }
}

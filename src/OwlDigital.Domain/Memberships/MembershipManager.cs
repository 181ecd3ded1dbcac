using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;

namespace OwlDigital.Memberships;

/// <summary>
/// Gives and takes roles. Keeps the rules that need other rows: a role once per place, tenant roles
/// only in existing tenants, and never without a last admin, so no tenant (and not the region)
/// is left that nobody can administer. A tenant admin's invitation becomes a membership only when
/// the invited person accepts it.
/// </summary>
public sealed class MembershipManager(IMembershipRepository memberships, IMembershipInvitationRepository invitations, ITenantRepository tenants)
{
    /// <summary>Offers a tenant role; nothing changes for the person until they accept.</summary>
    public async Task<MembershipInvitation> InviteAsync(Guid userId, Guid tenantId, MembershipRole role, string email, string displayName, Guid? invitedBy, CancellationToken cancellationToken = default)
    {
        var invitation = new MembershipInvitation(Guid.NewGuid(), userId, tenantId, role, email, displayName, invitedBy);
        if (await memberships.ExistsAsync(userId, role, tenantId, cancellationToken))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.DuplicateMembership).WithDetail("Role", role).ForField("Role");
        }

        if (await invitations.ExistsAsync(userId, tenantId, cancellationToken))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.AlreadyInvited).ForField("Email");
        }

        await invitations.InsertAsync(invitation, cancellationToken);
        return invitation;
    }

    /// <summary>The person's yes: the offered role becomes a membership, and the invitation is used up.</summary>
    public async Task<Membership> AcceptAsync(MembershipInvitation invitation, CancellationToken cancellationToken = default)
    {
        var membership = await AddAsync(invitation.UserId, invitation.Role, invitation.TenantId, null, cancellationToken);
        invitations.Delete(invitation);
        return membership;
    }

    public async Task<Membership> AddAsync(Guid userId, MembershipRole role, Guid? tenantId, string? districtKey, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(role))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.UnknownRole).WithDetail("Role", role).ForField("Role");
        }

        // The membership's own rules first (host role without tenant, interviewer with district).
        var membership = new Membership(Guid.NewGuid(), userId, role, tenantId, role == MembershipRole.DistrictInterviewer ? districtKey : null);
        if (tenantId is { } id && await tenants.FindAsync(id, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(Tenant), id);
        }

        if (await memberships.ExistsAsync(userId, role, tenantId, cancellationToken))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.DuplicateMembership).WithDetail("Role", role).ForField("Role");
        }

        await memberships.InsertAsync(membership, cancellationToken);
        return membership;
    }

    public async Task RemoveAsync(Membership membership, CancellationToken cancellationToken = default)
    {
        if (membership.Role is MembershipRole.HostAdmin or MembershipRole.TenantAdmin
            && await memberships.CountAsync(membership.Role, membership.TenantId, cancellationToken) <= 1)
        {
            throw new BusinessException(membership.Role == MembershipRole.HostAdmin
                    ? OwlDigitalErrorCodes.Memberships.LastHostAdmin
                    : OwlDigitalErrorCodes.Memberships.LastTenantAdmin)
                .WithDetail("Role", membership.Role);
        }

        memberships.Delete(membership);
    }
}

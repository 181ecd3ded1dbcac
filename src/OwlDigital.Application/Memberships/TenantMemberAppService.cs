using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

public sealed class TenantMemberAppService(
    ICurrentTenant currentTenant,
    IMembershipRepository memberships,
    IMembershipInvitationRepository pendingInvitations,
    MembershipManager membershipManager,
    ICurrentUser currentUser,
    UserInvitationManager invitations,
    IUserRepository users,
    ITenantRepository tenants,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider) : ITenantMemberAppService
{
    public async Task<ListResultDto<TenantMemberDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var members = await memberships.GetForTenantAsync(tenantId, cancellationToken);
        var usersById = (await users.GetByIdsAsync(members.Select(m => m.UserId).ToHashSet(), cancellationToken)).ToDictionary(u => u.Id);
        var pending = await pendingInvitations.GetForTenantAsync(tenantId, cancellationToken);
        return new ListResultDto<TenantMemberDto>(members
            .Where(m => usersById.ContainsKey(m.UserId))
            .Select(m => ToDto(m, usersById[m.UserId]))
            .Concat(pending.Select(ToDto))
            .OrderBy(m => m.IsPending)
            .ThenBy(m => m.Role)
            .ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .ToList());
    }

    public async Task<TenantMemberDto> InviteAsync(InviteMemberDto input, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();

        // A tenant admin hands out roles of their own tenant, never regional ones.
        if (input.Role.IsHostRole() || !Enum.IsDefined(input.Role))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.NotATenantRole).WithDetail("Role", input.Role).ForField(nameof(input.Role));
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken) ?? throw new EntityNotFoundException(typeof(Tenant), tenantId);
        // Whether the address had an account or not, the answer is the same pending invitation
        // with what the admin typed: the tenant learns nothing about other people's accounts.
        var (user, created, invitation) = await unitOfWork.InTransactionAsync(async () =>
        {
            var (found, isNew) = await invitations.FindOrCreateAsync(input.Email, input.DisplayName);
            var offered = await membershipManager.InviteAsync(found.Id, tenantId, input.Role, input.Email, input.DisplayName, currentUser.Id, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return (found, isNew, offered);
        }, cancellationToken);
        await invitations.NotifyAsync(user, created, tenant.Name, cancellationToken);
        return ToDto(invitation);
    }

    public async Task RemoveAsync(Guid membershipId, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var membership = await memberships.FindAsync(membershipId, cancellationToken);
        if (membership is not null && membership.TenantId == tenantId)
        {
            await membershipManager.RemoveAsync(membership, cancellationToken);
        }
        else if (await pendingInvitations.FindAsync(membershipId, cancellationToken) is { } invitation && invitation.TenantId == tenantId)
        {
            // Withdrawing an invitation nobody answered yet.
            pendingInvitations.Delete(invitation);
        }
        else
        {
            // Another tenant's membership looks exactly like an unknown one.
            throw new EntityNotFoundException(typeof(Membership), membershipId);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sends an open invitation's mail again (lost in a spam folder, link expired): a person
    /// without a password yet gets a fresh set-password link, anyone else the link to answer.
    /// At most every ten minutes per invitation.
    /// </summary>
    public async Task<TenantMemberDto> ResendInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var invitation = await pendingInvitations.FindAsync(invitationId, cancellationToken);
        if (invitation is null || invitation.TenantId != tenantId)
        {
            throw new EntityNotFoundException(typeof(MembershipInvitation), invitationId);
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken) ?? throw new EntityNotFoundException(typeof(Tenant), tenantId);
        var user = (await users.GetByIdsAsync(new HashSet<Guid> { invitation.UserId }, cancellationToken)).SingleOrDefault()
            ?? throw new EntityNotFoundException(typeof(MembershipInvitation), invitationId);
        invitation.MarkResent(timeProvider.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await invitations.NotifyAsync(user, created: user.PasswordHash is null, tenant.Name, cancellationToken);
        return ToDto(invitation);
    }

    private Guid RequireTenant() =>
        currentTenant.Id ?? throw new BusinessException(OwlDigitalErrorCodes.MultiTenancy.NoCurrentTenant).WithDetail("Entity", nameof(Membership));

    private static TenantMemberDto ToDto(Membership membership, OwlUser user) =>
        new(membership.Id, user.Id, user.Email ?? string.Empty, user.DisplayName, membership.Role);

    private static TenantMemberDto ToDto(MembershipInvitation invitation) =>
        new(invitation.Id, Guid.Empty, invitation.Email, invitation.DisplayName, invitation.Role, IsPending: true);
}

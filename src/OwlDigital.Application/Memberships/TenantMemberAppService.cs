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
    MembershipManager membershipManager,
    UserInvitationManager invitations,
    IUserRepository users,
    ITenantRepository tenants,
    IPermissionChecker permissionChecker,
    IUnitOfWork unitOfWork) : ITenantMemberAppService
{
    public async Task<ListResultDto<TenantMemberDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Memberships.Default, cancellationToken);
        var tenantId = RequireTenant();
        var members = await memberships.GetForTenantAsync(tenantId, cancellationToken);
        var usersById = (await users.GetByIdsAsync(members.Select(m => m.UserId).ToHashSet(), cancellationToken)).ToDictionary(u => u.Id);
        return new ListResultDto<TenantMemberDto>(members
            .Where(m => usersById.ContainsKey(m.UserId))
            .Select(m => ToDto(m, usersById[m.UserId]))
            .OrderBy(m => m.Role)
            .ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .ToList());
    }

    public async Task<TenantMemberDto> InviteAsync(InviteMemberDto input, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Memberships.Manage, cancellationToken);
        var tenantId = RequireTenant();

        // A tenant admin hands out roles of their own tenant, never regional ones.
        if (input.Role.IsHostRole() || !Enum.IsDefined(input.Role))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.NotATenantRole).WithDetail("Role", input.Role).ForField(nameof(input.Role));
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken) ?? throw new EntityNotFoundException(typeof(Tenant), tenantId);
        var (user, created, membership) = await unitOfWork.InTransactionAsync(async () =>
        {
            var (found, isNew) = await invitations.FindOrCreateAsync(input.Email, input.DisplayName);
            var added = await membershipManager.AddAsync(found.Id, input.Role, tenantId, null, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return (found, isNew, added);
        }, cancellationToken);
        await invitations.NotifyAsync(user, created, tenant.Name, cancellationToken);
        return ToDto(membership, user);
    }

    public async Task RemoveAsync(Guid membershipId, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Memberships.Manage, cancellationToken);
        var tenantId = RequireTenant();
        var membership = await memberships.FindAsync(membershipId, cancellationToken);

        // Another tenant's membership looks exactly like an unknown one.
        if (membership is null || membership.TenantId != tenantId)
        {
            throw new EntityNotFoundException(typeof(Membership), membershipId);
        }

        await membershipManager.RemoveAsync(membership, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private Guid RequireTenant() =>
        currentTenant.Id ?? throw new BusinessException(OwlDigitalErrorCodes.MultiTenancy.NoCurrentTenant).WithDetail("Entity", nameof(Membership));

    private static TenantMemberDto ToDto(Membership membership, OwlUser user) =>
        new(membership.Id, user.Id, user.Email ?? string.Empty, user.DisplayName, membership.Role);
}

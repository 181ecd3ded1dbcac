using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OwlDigital.Auditing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.Memberships;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Validation;

namespace OwlDigital.Users;

public sealed class UserAdminAppService(
    IUserRepository users,
    UserManager<OwlUser> userManager,
    IMembershipRepository memberships,
    MembershipManager membershipManager,
    UserInvitationManager invitations,
    ITenantRepository tenants,
    IUnitOfWork unitOfWork,
    TwoFactorManager twoFactor,
    AccountSecurityNotices notices,
    IAuditLogRepository auditLog,
    ICurrentUser currentUser,
    OwlDigital.MultiTenancy.ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    IStringLocalizer<OwlDigitalResource> localizer) : IUserAdminAppService
{
    public async Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrorCollector();
        errors.AddPagingErrors(input.Skip, input.Take, localizer);

        errors.ThrowIfAny();
        var (items, total) = await users.GetListAsync(input.Filter, input.Skip, input.Take, cancellationToken);
        return new PagedResultDto<UserDto>(total, await ToDtosAsync(items, cancellationToken));
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        return await GetDtoAsync(id, cancellationToken);
    }

    public async Task<UserDto> InviteAsync(InviteUserDto input, CancellationToken cancellationToken = default)
    {
        var place = await DescribePlaceAsync(input.Role, input.TenantId, input.DistrictKey, cancellationToken);
        var (user, created) = await unitOfWork.InTransactionAsync(async () =>
        {
            var found = await invitations.FindOrCreateAsync(input.Email, input.DisplayName);
            await membershipManager.AddAsync(found.User.Id, input.Role, input.TenantId, input.DistrictKey, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return found;
        }, cancellationToken);
        await invitations.NotifyAsync(user, created, place, cancellationToken);
        return await GetDtoAsync(user.Id, cancellationToken);
    }

    /// <summary>
    /// For a person who lost their phone and their recovery codes: two-step sign-in off (they set
    /// it up again), every session of the account ended, a mail to the person, and an audit entry
    /// without a tenant (a host action).
    /// </summary>
    public async Task<UserDto> ResetTwoFactorAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await userManager.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(typeof(OwlUser), id);

        // The reset and its audit entry are written together or not at all; the mail goes after.
        // Worked on the host side (as host admins start), the entry has no tenant.
        await unitOfWork.InTransactionAsync(async () =>
        {
            await twoFactor.ResetAsync(user);
            await auditLog.WriteAsync(
                new AuditLogEntry(Guid.NewGuid(), timeProvider.GetUtcNow(), AuditLogAction.TwoFactorReset, currentTenant.Id, currentUser.Id, currentUser.Principal?.Identity?.Name, "User", id.ToString()),
                CancellationToken.None);
            return true;
        }, cancellationToken);
        await notices.SendAsync(user, AccountSecurityChange.TwoFactorResetByAdmin);
        return await GetDtoAsync(id, cancellationToken);
    }

    public async Task<UserDto> AddMembershipAsync(Guid userId, AddMembershipDto input, CancellationToken cancellationToken = default)
    {
        _ = await userManager.FindByIdAsync(userId.ToString()) ?? throw new EntityNotFoundException(typeof(OwlUser), userId);
        await membershipManager.AddAsync(userId, input.Role, input.TenantId, input.DistrictKey, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetDtoAsync(userId, cancellationToken);
    }

    public async Task<UserDto> RemoveMembershipAsync(Guid userId, Guid membershipId, CancellationToken cancellationToken = default)
    {
        var membership = await memberships.FindAsync(membershipId, cancellationToken);
        if (membership is null || membership.UserId != userId)
        {
            throw new EntityNotFoundException(typeof(Membership), membershipId);
        }

        await membershipManager.RemoveAsync(membership, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await GetDtoAsync(userId, cancellationToken);
    }

    // The mail says where the person was invited to: a tenant's name, a district, or the region.
    private async Task<string> DescribePlaceAsync(MembershipRole role, Guid? tenantId, string? districtKey, CancellationToken cancellationToken)
    {
        if (tenantId is { } id)
        {
            return (await tenants.FindAsync(id, cancellationToken))?.Name ?? throw new EntityNotFoundException(typeof(Tenant), id);
        }

        return role == MembershipRole.DistrictInterviewer && OwlDistricts.Find(districtKey ?? string.Empty) is { } district
            ? district.Name
            : localizer["Region:Name"];
    }

    private async Task<UserDto> GetDtoAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await users.GetByIdsAsync([id], cancellationToken);
        if (found.Count == 0)
        {
            throw new EntityNotFoundException(typeof(OwlUser), id);
        }

        return (await ToDtosAsync(found, cancellationToken))[0];
    }

    private async Task<IReadOnlyList<UserDto>> ToDtosAsync(List<OwlUser> page, CancellationToken cancellationToken)
    {
        var roles = (await memberships.GetForUsersAsync(page.Select(u => u.Id).ToList(), cancellationToken)).ToLookup(m => m.UserId);
        var tenantIds = roles.SelectMany(g => g).Where(m => m.TenantId is not null).Select(m => m.TenantId!.Value).ToHashSet();
        var tenantsById = (await tenants.GetByIdsAsync(tenantIds, cancellationToken)).ToDictionary(t => t.Id);
        var now = timeProvider.GetUtcNow();
        return page
            .Select(u => new UserDto(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                u.PasswordHash is not null,
                u.LockoutEnd > now,
                u.TwoFactorEnabled,
                roles[u.Id]
                    .OrderBy(m => m.Role)
                    .ThenBy(m => m.TenantId is { } t && tenantsById.TryGetValue(t, out var tenant) ? tenant.Name : string.Empty, StringComparer.CurrentCulture)
                    .Select(m => m.ToDto(tenantsById))
                    .ToList()))
            .ToList();
    }
}

using OwlDigital.Authorization;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Users;
using Microsoft.AspNetCore.Identity;

namespace OwlDigital.Account;

public sealed class AccountAppService(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    UserManager<OwlUser> userManager,
    IMembershipRepository memberships,
    ITenantRepository tenants,
    IPermissionChecker permissionChecker) : IAccountAppService
{
    public async Task<CurrentUserDto> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var user = currentUser.Id is { } id ? await userManager.FindByIdAsync(id.ToString()) : null;
        if (user is null)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        var userMemberships = await memberships.GetForUserAsync(user.Id, cancellationToken);
        var tenantIds = userMemberships.Where(m => m.TenantId is not null).Select(m => m.TenantId!.Value).ToHashSet();
        var tenantsById = (await tenants.GetByIdsAsync(tenantIds, cancellationToken)).ToDictionary(t => t.Id);

        var granted = new List<string>();
        foreach (var permission in OwlDigitalPermissions.All)
        {
            if (await permissionChecker.IsGrantedAsync(permission, cancellationToken))
            {
                granted.Add(permission);
            }
        }

        return new CurrentUserDto(
            user.Id,
            user.Email ?? string.Empty,
            user.DisplayName,
            currentTenant.Id,
            currentTenant.Id is { } tenantId && tenantsById.TryGetValue(tenantId, out var current) ? current.Name : null,
            userMemberships.Where(m => m.Role.IsHostRole()).Select(m => m.Role).Distinct().ToList(),
            userMemberships
                .Where(m => m.TenantId is not null && tenantsById.ContainsKey(m.TenantId.Value))
                .Select(m => new TenantMembershipDto(m.TenantId!.Value, tenantsById[m.TenantId.Value].Name, m.Role, tenantsById[m.TenantId.Value].IsActive))
                .OrderBy(m => m.TenantName, StringComparer.CurrentCulture)
                .ToList(),
            granted);
    }
}

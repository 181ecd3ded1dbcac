using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Authorization;

/// <summary>
/// Grants a permission when one of the user's memberships holds it: a host role anywhere, a
/// tenant role only while working in that (active) tenant. Memberships are read on every check,
/// so a removed role or a deactivated tenant takes effect at once.
/// </summary>
public sealed class PermissionChecker(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IMembershipRepository memberships,
    ITenantRepository tenants) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (currentUser.Id is not { } userId)
        {
            return false;
        }

        var granting = (await memberships.GetForUserAsync(userId, cancellationToken))
            .Where(m => RolePermissions.For(m.Role).Contains(permission))
            .ToList();
        if (granting.Any(m => m.Role.IsHostRole()))
        {
            return true;
        }

        if (currentTenant.Id is not { } tenantId || !granting.Any(m => m.TenantId == tenantId))
        {
            return false;
        }

        return (await tenants.FindAsync(tenantId, cancellationToken))?.IsActive == true;
    }

    public async Task CheckAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        if (!await IsGrantedAsync(permission, cancellationToken))
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.Forbidden, isAuthenticated: true)
                .WithDetail("Permission", permission);
        }
    }
}

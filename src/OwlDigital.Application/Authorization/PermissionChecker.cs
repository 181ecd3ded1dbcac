using Microsoft.Extensions.Options;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Authorization;

/// <summary>
/// Grants a permission when one of the user's memberships holds it: a host role anywhere, a
/// tenant role only while working in that (active) tenant. Memberships are read on every check,
/// so a removed role or a deactivated tenant takes effect at once. Where two-step sign-in is
/// required for host admins (<see cref="AccountSecurityOptions.RequireTwoFactorForHostAdmins"/>),
/// the host admin role counts only in a session signed in with two steps.
/// </summary>
public sealed class PermissionChecker(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IMembershipRepository memberships,
    ITenantRepository tenants,
    IOptions<AccountSecurityOptions> securityOptions) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default) =>
        await EvaluateAsync(permission, cancellationToken) == Decision.Granted;

    public async Task CheckAsync(string permission, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsAuthenticated)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        switch (await EvaluateAsync(permission, cancellationToken))
        {
            case Decision.NeedsTwoFactor:
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.HostAdminNeedsTwoFactor, isAuthenticated: true)
                    .WithDetail("Permission", permission);
            case Decision.Denied:
                throw new AuthorizationException(OwlDigitalErrorCodes.Forbidden, isAuthenticated: true)
                    .WithDetail("Permission", permission);
        }
    }

    public async Task<IReadOnlySet<string>> GetGrantedAsync(IEnumerable<string> permissions, CancellationToken cancellationToken = default)
    {
        var granted = new HashSet<string>(StringComparer.Ordinal);
        if (currentUser.Id is not { } userId)
        {
            return granted;
        }

        var userMemberships = await memberships.GetForUserAsync(userId, cancellationToken);
        var tenantIsActive = currentTenant.Id is { } tenantId && userMemberships.Any(m => m.TenantId == tenantId)
            && (await tenants.FindAsync(tenantId, cancellationToken))?.IsActive == true;
        foreach (var permission in permissions)
        {
            if (Decide(permission, userMemberships, tenantIsActive) == Decision.Granted)
            {
                granted.Add(permission);
            }
        }

        return granted;
    }

    /// <summary>Whether this session may use the host admin role: not yet, where two steps are required and it was signed in with one.</summary>
    public bool HostAdminRoleNeedsTwoFactor =>
        securityOptions.Value.RequireTwoFactorForHostAdmins == true && currentUser.Principal?.FindFirst(SignInClaimTypes.TwoFactor) is null;

    private async Task<Decision> EvaluateAsync(string permission, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } userId)
        {
            return Decision.Denied;
        }

        // The tenant is read only when a role the person holds in it could grant the permission.
        var userMemberships = await memberships.GetForUserAsync(userId, cancellationToken);
        var tenantIsActive = currentTenant.Id is { } tenantId
            && userMemberships.Any(m => m.TenantId == tenantId && RolePermissions.For(m.Role).Contains(permission))
            && (await tenants.FindAsync(tenantId, cancellationToken))?.IsActive == true;
        return Decide(permission, userMemberships, tenantIsActive);
    }

    /// <summary>The rule, over memberships already read: a host role anywhere, a tenant role in the current, active tenant.</summary>
    private Decision Decide(string permission, IReadOnlyCollection<Membership> userMemberships, bool currentTenantIsActive)
    {
        var granting = userMemberships.Where(m => RolePermissions.For(m.Role).Contains(permission)).ToList();
        if (granting.Any(m => m.Role.IsHostRole() && (m.Role != MembershipRole.HostAdmin || !HostAdminRoleNeedsTwoFactor)))
        {
            return Decision.Granted;
        }

        if (currentTenantIsActive && granting.Any(m => m.TenantId == currentTenant.Id))
        {
            return Decision.Granted;
        }

        return granting.Any(m => m.Role == MembershipRole.HostAdmin) ? Decision.NeedsTwoFactor : Decision.Denied;
    }

    private enum Decision
    {
        Granted,
        Denied,
        NeedsTwoFactor,
    }
}

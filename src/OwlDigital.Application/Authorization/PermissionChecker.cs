using Microsoft.Extensions.Options;
using OwlDigital.Memberships;
using OwlDigital.Users;

namespace OwlDigital.Authorization;

/// <summary>
/// Grants a permission when one of the user's memberships holds it: a host role anywhere, a
/// tenant role only while working in that (active) tenant. Decides from the scope's
/// <see cref="AccessContext"/>, read once per request or circuit and again as soon as a membership
/// or tenant changes, so a removed role or a deactivated tenant takes effect at the next call.
/// Where two-step sign-in is required for host admins
/// (<see cref="AccountSecurityOptions.RequireTwoFactorForHostAdmins"/>), the host admin role counts
/// only in a session signed in with two steps.
/// </summary>
public sealed class PermissionChecker(CurrentAccess currentAccess, IOptions<AccountSecurityOptions> securityOptions) : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default) =>
        Decide(permission, await currentAccess.GetAsync(cancellationToken)) == Decision.Granted;

    public async Task CheckAsync(string permission, CancellationToken cancellationToken = default)
    {
        var access = await currentAccess.GetAsync(cancellationToken);
        if (access.User is null)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        switch (Decide(permission, access))
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
        var access = await currentAccess.GetAsync(cancellationToken);
        return permissions.Where(permission => Decide(permission, access) == Decision.Granted).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The rule: a host role anywhere, a tenant role in the current, active tenant.</summary>
    private Decision Decide(string permission, AccessContext access)
    {
        var granting = access.Memberships.Where(m => RolePermissions.For(m.Role).Contains(permission)).ToList();
        if (granting.Any(m => m.Role.IsHostRole() && (m.Role != MembershipRole.HostAdmin || !HostAdminRoleNeedsTwoFactor(access))))
        {
            return Decision.Granted;
        }

        if (access.WorksInActiveTenant && granting.Any(m => m.TenantId == access.TenantId))
        {
            return Decision.Granted;
        }

        return granting.Any(m => m.Role == MembershipRole.HostAdmin) ? Decision.NeedsTwoFactor : Decision.Denied;
    }

    /// <summary>Whether this session may not yet use the host admin role: two steps are required and it was signed in with one.</summary>
    private bool HostAdminRoleNeedsTwoFactor(AccessContext access) =>
        securityOptions.Value.RequireTwoFactorForHostAdmins == true && !access.SignedInWithTwoFactor;

    private enum Decision
    {
        Granted,
        Denied,
        NeedsTwoFactor,
    }
}

using OwlDigital.Authorization;
using OwlDigital.Memberships;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// The one rule for entering a tenant: the user holds a tenant role in it and the tenant is
/// active. An unknown tenant and a foreign one get the same answer, so ids reveal nothing.
/// </summary>
public sealed class TenantAccessChecker(IMembershipRepository memberships)
{
    /// <summary>For a user who is not yet the scope's current user (while signing in).</summary>
    public async Task EnsureCanWorkInAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default) =>
        EnsureCanWorkIn(await memberships.GetAccessAsync(userId, cancellationToken), tenantId);

    public static void EnsureCanWorkIn(UserAccess? access, Guid tenantId)
    {
        if (access is null || !access.IsMemberOf(tenantId))
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.MultiTenancy.NotAMember, isAuthenticated: true)
                .WithDetail("TenantId", tenantId);
        }

        var tenant = access.Tenants.GetValueOrDefault(tenantId);
        if (tenant is not { IsActive: true })
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.MultiTenancy.TenantDeactivated, isAuthenticated: true)
                .WithDetail("Tenant", tenant?.Name ?? tenantId.ToString());
        }
    }
}

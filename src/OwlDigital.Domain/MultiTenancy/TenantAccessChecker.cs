using OwlDigital.Authorization;
using OwlDigital.Memberships;
using OwlDigital.Tenants;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// The one rule for entering a tenant: the user holds a tenant role in it and the tenant is
/// active. An unknown tenant and a foreign one get the same answer, so ids reveal nothing.
/// </summary>
public sealed class TenantAccessChecker(IMembershipRepository memberships, ITenantRepository tenants)
{
    public async Task EnsureCanWorkInAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        var isMember = (await memberships.GetForUserAsync(userId, cancellationToken)).Any(m => m.TenantId == tenantId);
        if (!isMember)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.MultiTenancy.NotAMember, isAuthenticated: true)
                .WithDetail("TenantId", tenantId);
        }

        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        if (tenant is not { IsActive: true })
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.MultiTenancy.TenantDeactivated, isAuthenticated: true)
                .WithDetail("Tenant", tenant?.Name ?? tenantId.ToString());
        }
    }
}

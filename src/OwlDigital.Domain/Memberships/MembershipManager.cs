using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;

namespace OwlDigital.Memberships;

/// <summary>
/// Gives and takes roles. Keeps the rules that need other rows: a role once per place, tenant roles
/// only in existing tenants, and never without a last admin, so no tenant (and not the region)
/// is left that nobody can administer.
/// </summary>
public sealed class MembershipManager(IMembershipRepository memberships, ITenantRepository tenants)
{
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

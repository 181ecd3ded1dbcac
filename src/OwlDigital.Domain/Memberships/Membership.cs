using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;

namespace OwlDigital.Memberships;

/// <summary>
/// One role of one user: a host role (no tenant; a district interviewer also names the district)
/// or a tenant role in one tenant. A user has as many memberships as they have roles.
/// </summary>
public class Membership : AuditedAggregateRoot<Guid>
{
    private Membership()
    {
    }

    public Membership(Guid id, Guid userId, MembershipRole role, Guid? tenantId, string? districtKey = null)
        : base(id)
    {
        if (role.IsHostRole() && tenantId is not null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.HostRoleWithTenant).WithDetail("Role", role).ForField(nameof(TenantId));
        }

        if (!role.IsHostRole() && tenantId is null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.TenantRoleWithoutTenant).WithDetail("Role", role).ForField(nameof(TenantId));
        }

        if ((role == MembershipRole.DistrictInterviewer) != OwlDistricts.Contains(districtKey))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Memberships.InterviewerWithoutDistrict)
                .WithDetail("DistrictKey", districtKey)
                .ForField(nameof(DistrictKey));
        }

        UserId = userId;
        Role = role;
        TenantId = tenantId;
        DistrictKey = districtKey;
    }

    public Guid UserId { get; private set; }

    public MembershipRole Role { get; private set; }

    /// <summary>The tenant of a tenant role; null for host roles.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>The district a district interviewer works for.</summary>
    public string? DistrictKey { get; private set; }
}

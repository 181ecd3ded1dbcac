using OwlDigital.Tenants;

namespace OwlDigital.Memberships;

internal static class MembershipMappings
{
    public static MembershipDto ToDto(this Membership membership, IReadOnlyDictionary<Guid, Tenant> tenantsById) => new(
        membership.Id,
        membership.Role,
        membership.TenantId,
        membership.TenantId is { } id && tenantsById.TryGetValue(id, out var tenant) ? tenant.Name : null,
        membership.DistrictKey,
        membership.DistrictKey is { } key ? OwlDistricts.Find(key)?.Name : null);
}

namespace OwlDigital.Tenants;

internal static class TenantMappings
{
    public static TenantDto ToDto(this Tenant tenant) => new(
        tenant.Id,
        tenant.Name,
        tenant.Kind,
        tenant.Ags,
        tenant.Ars,
        tenant.DistrictKey,
        OwlDistricts.Find(tenant.DistrictKey)?.Name ?? tenant.DistrictKey,
        tenant.Population,
        tenant.Latitude,
        tenant.Longitude,
        tenant.IsActive,
        tenant.Features,
        tenant.ConcurrencyStamp);

    public static DistrictDto ToDto(this OwlDistrict district) =>
        new(district.Key, district.Name, district.Seat, district.IsDistrictFreeCity);
}

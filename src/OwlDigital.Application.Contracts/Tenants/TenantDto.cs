namespace OwlDigital.Tenants;

public sealed record TenantDto(
    Guid Id,
    string Name,
    TenantKind Kind,
    string Ags,
    string Ars,
    string DistrictKey,
    string DistrictName,
    int Population,
    double Latitude,
    double Longitude,
    bool IsActive,
    IReadOnlyList<string> Features,
    string ConcurrencyStamp);

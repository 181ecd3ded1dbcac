namespace OwlDigital.Sharing;

/// <summary>
/// What a publisher learns of a tenant that adopted one of its forms: the tenant, the version and
/// the date. Not the person who adopted it, nor the adopter's online service.
/// </summary>
public sealed record FormAdopter(Guid TenantId, string AdopterName, int VersionNumber, DateTimeOffset AdoptedAt);

/// <summary>
/// A tenant's EfA plan as the region sees it once the tenant shares it: state, date, reason and
/// contact. The plan's notes stay with the tenant.
/// </summary>
public sealed record SharedEfaPlan(
    Guid TenantId,
    string TenantName,
    string DistrictKey,
    Guid EfaServiceId,
    EfaPlanState State,
    DateOnly? PlannedDate,
    string? RejectionReason,
    string? Contact);

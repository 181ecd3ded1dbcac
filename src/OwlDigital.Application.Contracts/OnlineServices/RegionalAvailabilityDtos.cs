using OwlDigital.Authorization;

namespace OwlDigital.OnlineServices;

/// <summary>
/// For each OZG service, in how many tenants of the selection it is available online. The federal
/// OZG dashboard counts a service two ways, both shown: available "in at least one" tenant, and
/// available "in all" of them.
/// </summary>
public sealed record RegionalAvailabilityDto(
    int TenantCount,
    int OzgServiceCount,
    int AvailableInAtLeastOne,
    int AvailableInAll,
    IReadOnlyList<DistrictAvailabilityDto> Districts,
    IReadOnlyList<OzgAvailabilityDto> Services);

public sealed record OzgAvailabilityDto(int OzgServiceId, string Name, string Topic, int Tenants, IReadOnlyDictionary<string, int> ByDistrict);

/// <summary>The same two counts within one district (tenants whose AGS lies in it).</summary>
public sealed record DistrictAvailabilityDto(string DistrictKey, string DistrictName, int TenantCount, int AvailableInAtLeastOne, int AvailableInAll);

public interface IRegionalServiceAppService
{
    /// <param name="districtKey">Optionally only the tenants of one district (five-digit key, e.g. 05770).</param>
    [RequiresPermission(OwlDigitalPermissions.Regional.Default)]
    Task<RegionalAvailabilityDto> GetAvailabilityAsync(string? districtKey, CancellationToken cancellationToken = default);
}

using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;

namespace OwlDigital.OnlineServices;

/// <summary>
/// The regional view of the online services for host staff: which OZG services the active tenants
/// offer online, counted "in at least one" and "in all" tenants as the federal OZG dashboard does,
/// for the whole region and per district.
/// </summary>
public sealed class RegionalServiceAppService(
    IRegionalServiceRepository regional,
    ITenantRepository tenants,
    ICatalogRepository catalog) : IRegionalServiceAppService
{
    public async Task<RegionalAvailabilityDto> GetAvailabilityAsync(string? districtKey, CancellationToken cancellationToken = default)
    {
        if (districtKey is not null && !OwlDistricts.Contains(districtKey))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.DistrictOutsideRegion).WithDetail("DistrictKey", districtKey).ForField("district");
        }

        var active = (await tenants.GetAllAsync(cancellationToken)).Where(t => t.IsActive).ToList();
        var selection = active.Where(t => districtKey is null || t.DistrictKey == districtKey).ToList();
        var districtOf = active.ToDictionary(t => t.Id, t => t.DistrictKey);
        var pairs = (await regional.GetOnlineOzgServicesAsync(cancellationToken)).Where(p => districtOf.ContainsKey(p.TenantId)).ToList();
        var ozg = await catalog.GetCurrentOzgServicesAsync(cancellationToken);
        var tenantsByOzg = pairs.GroupBy(p => p.OzgServiceId).ToDictionary(g => g.Key, g => g.Select(p => p.TenantId).ToHashSet());

        // "In all" of an empty selection would be vacuously true for every service; it counts nothing.
        (int AtLeastOne, int InAll) Count(IReadOnlyCollection<Guid> tenantIds) =>
            (ozg.Count(s => tenantsByOzg.TryGetValue(s.Id, out var set) && set.Overlaps(tenantIds)),
             tenantIds.Count == 0 ? 0 : ozg.Count(s => tenantsByOzg.TryGetValue(s.Id, out var set) && tenantIds.All(set.Contains)));

        var selectedIds = selection.Select(t => t.Id).ToHashSet();
        var (atLeastOne, inAll) = Count(selectedIds);
        var districts = OwlDistricts.All
            .Where(d => districtKey is null || d.Key == districtKey)
            .Select(d =>
            {
                var ids = active.Where(t => t.DistrictKey == d.Key).Select(t => t.Id).ToList();
                var (one, all) = Count(ids);
                return new DistrictAvailabilityDto(d.Key, d.Name, ids.Count, one, all);
            })
            .ToList();
        var services = ozg
            .Select(s =>
            {
                var offering = tenantsByOzg.TryGetValue(s.Id, out var set) ? set.Where(selectedIds.Contains).ToList() : [];
                var byDistrict = offering.GroupBy(id => districtOf[id]).ToDictionary(g => g.Key, g => g.Count());
                return new OzgAvailabilityDto(s.Id, s.Name, s.Topic, offering.Count, byDistrict);
            })
            .Where(s => s.Tenants > 0)
            .OrderByDescending(s => s.Tenants)
            .ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
        return new RegionalAvailabilityDto(selection.Count, ozg.Count, atLeastOne, inAll, districts, services);
    }
}

using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Tenants;

public interface ITenantAppService
{
    Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantListInput input, CancellationToken cancellationToken = default);

    /// <summary>Every tenant at once, for the map (76 rows; no paging needed at regional scale).</summary>
    Task<ListResultDto<TenantDto>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<ListResultDto<DistrictDto>> GetDistrictsAsync(CancellationToken cancellationToken = default);

    /// <summary>Host staff: name, population, location, active or not.</summary>
    [RequiresPermission(OwlDigitalPermissions.Tenants.Manage)]
    Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken cancellationToken = default);

    /// <summary>Host staff: which features the tenant has.</summary>
    [RequiresPermission(OwlDigitalPermissions.Tenants.ManageFeatures)]
    Task<TenantDto> UpdateFeaturesAsync(Guid id, UpdateTenantFeaturesDto input, CancellationToken cancellationToken = default);
}

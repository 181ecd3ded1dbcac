using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Portfolios;

public interface IOrgUnitAppService
{
    [RequiresPermission(OwlDigitalPermissions.OrgUnits.Default)]
    Task<ListResultDto<OrgUnitDto>> GetListAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OrgUnits.Default)]
    Task<OrgUnitDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OrgUnits.Edit)]
    Task<OrgUnitDto> CreateAsync(CreateOrgUnitDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OrgUnits.Edit)]
    Task<OrgUnitDto> UpdateAsync(Guid id, UpdateOrgUnitDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OrgUnits.Edit)]
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

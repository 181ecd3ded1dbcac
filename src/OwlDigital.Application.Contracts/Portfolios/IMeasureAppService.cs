using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Portfolios;

public interface IMeasureAppService
{
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<PagedResultDto<MeasureDto>> GetListAsync(GetMeasureListInput input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<MeasureDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.Edit)]
    Task<MeasureDto> CreateAsync(SaveMeasureDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.Edit)]
    Task<MeasureDto> UpdateAsync(Guid id, SaveMeasureDto input, CancellationToken cancellationToken = default);
}

using OwlDigital.Dtos;

namespace OwlDigital.Portfolios;

public interface IMeasureAppService
{
    Task<PagedResultDto<MeasureDto>> GetListAsync(GetMeasureListInput input, CancellationToken cancellationToken = default);

    Task<MeasureDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<MeasureDto> CreateAsync(SaveMeasureDto input, CancellationToken cancellationToken = default);

    Task<MeasureDto> UpdateAsync(Guid id, SaveMeasureDto input, CancellationToken cancellationToken = default);
}

using OwlDigital.Dtos;

namespace OwlDigital.Portfolios;

public interface IOrgUnitAppService
{
    Task<ListResultDto<OrgUnitDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<OrgUnitDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OrgUnitDto> CreateAsync(CreateOrgUnitDto input, CancellationToken cancellationToken = default);

    Task<OrgUnitDto> UpdateAsync(Guid id, UpdateOrgUnitDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}

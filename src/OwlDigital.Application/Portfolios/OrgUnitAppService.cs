using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.Uow;

namespace OwlDigital.Portfolios;

public sealed class OrgUnitAppService(
    IOrgUnitRepository orgUnits,
    OrgUnitManager orgUnitManager,
    IUnitOfWork unitOfWork) : IOrgUnitAppService
{
    public async Task<ListResultDto<OrgUnitDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        var list = await orgUnits.GetListAsync(cancellationToken);
        return new ListResultDto<OrgUnitDto>(list.Select(ToDto).ToList());
    }

    public async Task<OrgUnitDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        return ToDto(await GetOrThrowAsync(id, cancellationToken));
    }

    public async Task<OrgUnitDto> CreateAsync(CreateOrgUnitDto input, CancellationToken cancellationToken = default)
    {
        var orgUnit = await orgUnitManager.CreateAsync(input.Code, input.Name, input.BusinessAreaId, cancellationToken);
        await orgUnits.InsertAsync(orgUnit, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(orgUnit);
    }

    public async Task<OrgUnitDto> UpdateAsync(Guid id, UpdateOrgUnitDto input, CancellationToken cancellationToken = default)
    {
        var orgUnit = await GetOrThrowAsync(id, cancellationToken);
        if (orgUnit.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        await orgUnitManager.ChangeCodeAsync(orgUnit, input.Code, cancellationToken);
        orgUnit.SetName(input.Name);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(orgUnit);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var orgUnit = await GetOrThrowAsync(id, cancellationToken);
        await orgUnitManager.EnsureCanDeleteAsync(orgUnit, cancellationToken);
        orgUnits.Delete(orgUnit);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    // Another tenant's id is indistinguishable from an unknown one: the filter hides it.
    private async Task<OrgUnit> GetOrThrowAsync(Guid id, CancellationToken cancellationToken) =>
        await orgUnits.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(OrgUnit), id);

    private static OrgUnitDto ToDto(OrgUnit orgUnit) =>
        new(orgUnit.Id, orgUnit.Code, orgUnit.Name, orgUnit.BusinessAreaId, orgUnit.ConcurrencyStamp);
}

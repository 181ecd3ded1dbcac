using OwlDigital.ExceptionHandling;

namespace OwlDigital.Portfolios;

/// <summary>The org-unit rules that need the tenant's other units: unique codes, two levels, no orphans.</summary>
public sealed class OrgUnitManager(IOrgUnitRepository orgUnits)
{
    public async Task<OrgUnit> CreateAsync(string code, string name, Guid? businessAreaId, CancellationToken cancellationToken = default)
    {
        var orgUnit = new OrgUnit(Guid.NewGuid(), code, name, businessAreaId);
        await EnsureCodeIsUnusedAsync(orgUnit.Code, null, cancellationToken);
        if (businessAreaId is { } parentId)
        {
            var parent = await orgUnits.FindAsync(parentId, cancellationToken);
            if (parent is not { IsBusinessArea: true })
            {
                throw new BusinessException(OwlDigitalErrorCodes.Portfolios.ParentMustBeBusinessArea)
                    .WithDetail("BusinessAreaId", parentId)
                    .ForField("BusinessAreaId");
            }
        }

        return orgUnit;
    }

    public async Task ChangeCodeAsync(OrgUnit orgUnit, string code, CancellationToken cancellationToken = default)
    {
        await EnsureCodeIsUnusedAsync(code.Trim(), orgUnit.Id, cancellationToken);
        orgUnit.SetCode(code);
    }

    public async Task EnsureCanDeleteAsync(OrgUnit orgUnit, CancellationToken cancellationToken = default)
    {
        if (orgUnit.IsBusinessArea && await orgUnits.HasOfficesAsync(orgUnit.Id, cancellationToken))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.OrgUnitHasOffices).WithDetail("Code", orgUnit.Code);
        }

        // Said in words before the foreign key would refuse it with a database error.
        if (await orgUnits.CountMeasuresAsync(orgUnit.Id, cancellationToken) is > 0 and var measures)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.OrgUnitHasMeasures).WithDetail("Code", orgUnit.Code).WithDetail("Count", measures);
        }
    }

    private async Task EnsureCodeIsUnusedAsync(string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        var existing = await orgUnits.FindByCodeAsync(code, cancellationToken);
        if (existing is not null && existing.Id != exceptId)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.DuplicateOrgUnitCode).WithDetail("Code", code).ForField("Code");
        }
    }
}

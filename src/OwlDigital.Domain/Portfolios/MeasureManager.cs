using OwlDigital.ExceptionHandling;

namespace OwlDigital.Portfolios;

/// <summary>The measure rules that need the tenant's other data: unique numbers, an existing org unit.</summary>
public sealed class MeasureManager(IMeasureRepository measures, IOrgUnitRepository orgUnits)
{
    public async Task<Measure> CreateAsync(
        string number,
        YearReported yearReported,
        Guid orgUnitId,
        string title,
        BenefitCategories benefits,
        CancellationToken cancellationToken = default)
    {
        var normalized = Measure.NormalizeNumber(number);
        if (await measures.FindByNumberAsync(normalized, cancellationToken) is not null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.DuplicateMeasureNumber)
                .WithDetail("Number", normalized)
                .ForField(nameof(Measure.Number));
        }

        // Another tenant's org unit is invisible here and so reported as unknown.
        if (await orgUnits.FindAsync(orgUnitId, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(OrgUnit), orgUnitId);
        }

        return new Measure(Guid.NewGuid(), normalized, yearReported, orgUnitId, title, benefits);
    }
}

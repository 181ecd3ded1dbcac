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

    /// <summary>
    /// The same rules for many new measures at once (an import): two queries in all instead of two
    /// per measure. Throws on the first number that is taken or repeated and the first unknown org unit.
    /// </summary>
    public async Task<List<Measure>> CreateManyAsync(IReadOnlyList<NewMeasure> items, CancellationToken cancellationToken = default)
    {
        var taken = (await measures.GetNumbersAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var knownUnits = (await orgUnits.GetListAsync(cancellationToken)).Select(o => o.Id).ToHashSet();
        var created = new List<Measure>(items.Count);
        foreach (var item in items)
        {
            var normalized = Measure.NormalizeNumber(item.Number);
            if (!taken.Add(normalized))
            {
                throw new BusinessException(OwlDigitalErrorCodes.Portfolios.DuplicateMeasureNumber)
                    .WithDetail("Number", normalized)
                    .ForField(nameof(Measure.Number));
            }

            if (!knownUnits.Contains(item.OrgUnitId))
            {
                throw new EntityNotFoundException(typeof(OrgUnit), item.OrgUnitId);
            }

            created.Add(new Measure(Guid.NewGuid(), normalized, item.YearReported, item.OrgUnitId, item.Title, item.Benefits));
        }

        return created;
    }
}

using OwlDigital.ExceptionHandling;
using OwlDigital.Portfolios;

namespace OwlDigital.OnlineServices;

/// <summary>The online-service rules that need the tenant's other data: unique numbers, an existing org unit.</summary>
public sealed class OnlineServiceManager(IOnlineServiceRepository services, IOrgUnitRepository orgUnits)
{
    public async Task<OnlineService> CreateAsync(string number, Guid orgUnitId, string title, ImplementationWay implementation, CancellationToken cancellationToken = default)
    {
        var normalized = OnlineService.NormalizeNumber(number);
        if (await services.FindByNumberAsync(normalized, cancellationToken) is not null)
        {
            throw DuplicateNumber(normalized);
        }

        if (await orgUnits.FindAsync(orgUnitId, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(OrgUnit), orgUnitId);
        }

        return new OnlineService(Guid.NewGuid(), normalized, orgUnitId, title, implementation);
    }

    /// <summary>Many new services at once (an import, the demo): one query for the numbers taken.</summary>
    public async Task<List<OnlineService>> CreateManyAsync(
        IReadOnlyList<(string Number, Guid OrgUnitId, string Title, ImplementationWay Implementation)> items,
        CancellationToken cancellationToken = default)
    {
        var taken = (await services.GetNumbersAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var created = new List<OnlineService>(items.Count);
        foreach (var (number, orgUnitId, title, implementation) in items)
        {
            var normalized = OnlineService.NormalizeNumber(number);
            if (!taken.Add(normalized))
            {
                throw DuplicateNumber(normalized);
            }

            created.Add(new OnlineService(Guid.NewGuid(), normalized, orgUnitId, title, implementation));
        }

        return created;
    }

    private static BusinessException DuplicateNumber(string number) =>
        new BusinessException(OwlDigitalErrorCodes.OnlineServices.DuplicateNumber).WithDetail("Number", number).ForField(nameof(OnlineService.Number));
}

namespace OwlDigital.Portfolios;

public interface IMeasureRepository
{
    /// <summary>With its progress values.</summary>
    Task<Measure?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<Measure?> FindByNumberAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>Every measure of the current tenant with its progress values (a tenant has a few hundred).</summary>
    Task<List<Measure>> GetAllWithProgressAsync(CancellationToken cancellationToken = default);

    /// <summary>All of the current tenant's measures with their progress and org unit codes, in one statement (the progress sheet).</summary>
    Task<MeasurePage> GetAllWithOrgUnitCodesAsync(CancellationToken cancellationToken = default);

    /// <summary>One page of the current tenant's measures with their progress and org unit codes, and the total count.</summary>
    Task<MeasurePage> GetPageAsync(MeasureListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Tracked, with progress, for saving progress of many measures at once.</summary>
    Task<List<Measure>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>The numbers in use in the current tenant.</summary>
    Task<List<string>> GetNumbersAsync(CancellationToken cancellationToken = default);

    /// <summary>Every measure's number by id, for lists that name linked measures.</summary>
    Task<Dictionary<Guid, string>> GetNumberMapAsync(CancellationToken cancellationToken = default);

    Task InsertAsync(Measure measure, CancellationToken cancellationToken = default);
}

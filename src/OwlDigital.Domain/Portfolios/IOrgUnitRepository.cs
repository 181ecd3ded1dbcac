namespace OwlDigital.Portfolios;

/// <summary>Org units of the current tenant only (the tenant filter applies to every query).</summary>
public interface IOrgUnitRepository
{
    Task<OrgUnit?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<OrgUnit?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    Task<List<OrgUnit>> GetListAsync(CancellationToken cancellationToken = default);

    Task<bool> HasOfficesAsync(Guid businessAreaId, CancellationToken cancellationToken = default);

    /// <summary>How many measures belong to the org unit.</summary>
    Task<int> CountMeasuresAsync(Guid orgUnitId, CancellationToken cancellationToken = default);

    Task InsertAsync(OrgUnit orgUnit, CancellationToken cancellationToken = default);

    void Delete(OrgUnit orgUnit);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Portfolios;

public sealed class EfCoreOrgUnitRepository(OwlDigitalDbContext dbContext) : IOrgUnitRepository
{
    private DbSet<OrgUnit> OrgUnits => dbContext.Set<OrgUnit>();

    public Task<OrgUnit?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        OrgUnits.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    public Task<OrgUnit?> FindByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        OrgUnits.FirstOrDefaultAsync(o => o.Code == code, cancellationToken);

    public Task<List<OrgUnit>> GetListAsync(CancellationToken cancellationToken = default) =>
        OrgUnits.AsNoTracking().OrderBy(o => o.Code).ToListAsync(cancellationToken);

    public Task<bool> HasOfficesAsync(Guid businessAreaId, CancellationToken cancellationToken = default) =>
        OrgUnits.AnyAsync(o => o.BusinessAreaId == businessAreaId, cancellationToken);

    public Task<int> CountMeasuresAsync(Guid orgUnitId, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().CountAsync(m => m.OrgUnitId == orgUnitId, cancellationToken);

    public async Task InsertAsync(OrgUnit orgUnit, CancellationToken cancellationToken = default) =>
        await OrgUnits.AddAsync(orgUnit, cancellationToken);

    public void Delete(OrgUnit orgUnit) => OrgUnits.Remove(orgUnit);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Portfolios;

public sealed class EfCoreMeasureRepository(OwlDigitalDbContext dbContext) : IMeasureRepository
{
    public Task<Measure?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Include(m => m.Progress).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<Measure?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Include(m => m.Progress).FirstOrDefaultAsync(m => m.Number == number, cancellationToken);

    // One collection only, so a single joined statement repeats each measure once per reporting
    // date, which costs less than the second round trip of a split query.
    public Task<List<Measure>> GetAllWithProgressAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().AsNoTracking().Include(m => m.Progress).AsSingleQuery().OrderBy(m => m.Number).ToListAsync(cancellationToken);

    public async Task<MeasurePage> GetAllWithOrgUnitCodesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await WithOrgUnitCodes(dbContext.Set<Measure>().AsNoTracking().OrderBy(m => m.Number), total: dbContext.Set<Measure>()).ToListAsync(cancellationToken);
        return ToPage(rows, rows.Count);
    }

    public async Task<MeasurePage> GetPageAsync(MeasureListQuery query, CancellationToken cancellationToken = default)
    {
        var measures = dbContext.Set<Measure>().AsNoTracking();
        if (query.Filter is { } filter)
        {
            var pattern = LikePattern.Contains(filter);
            measures = measures.Where(m => EF.Functions.ILike(m.Number, pattern) || EF.Functions.ILike(m.Title, pattern));
        }

        if (query.OrgUnitId is { } orgUnitId)
        {
            measures = measures.Where(m => m.OrgUnitId == orgUnitId);
        }

        var ordered = query.SortField switch
        {
            MeasureSortField.Title => query.SortDescending ? measures.OrderByDescending(m => m.Title) : measures.OrderBy(m => m.Title),
            MeasureSortField.Year => query.SortDescending ? measures.OrderByDescending(m => m.YearReported) : measures.OrderBy(m => m.YearReported),
            _ => query.SortDescending ? measures.OrderByDescending(m => m.Number) : measures.OrderBy(m => m.Number),
        };

        var rows = await WithOrgUnitCodes(ordered.ThenBy(m => m.Number).ThenBy(m => m.Id).Skip(query.Skip).Take(query.Take), total: measures)
            .ToListAsync(cancellationToken);

        // A page past the end has no row to carry the total.
        var total = rows.Count > 0 ? rows[0].Total : query.Skip == 0 ? 0 : await measures.LongCountAsync(cancellationToken);
        return ToPage(rows, total);
    }

    public Task<List<Measure>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Include(m => m.Progress).Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);

    public Task<List<string>> GetNumbersAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Select(m => m.Number).ToListAsync(cancellationToken);

    public Task<Dictionary<Guid, string>> GetNumberMapAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().ToDictionaryAsync(m => m.Id, m => m.Number, cancellationToken);

    public async Task InsertAsync(Measure measure, CancellationToken cancellationToken = default) =>
        await dbContext.Set<Measure>().AddAsync(measure, cancellationToken);

    /// <summary>
    /// One statement: the measures with their progress, each one's org unit code, and the size of
    /// <paramref name="total"/> as an uncorrelated subquery, which PostgreSQL computes once.
    /// </summary>
    private IQueryable<MeasureRow> WithOrgUnitCodes(IQueryable<Measure> measures, IQueryable<Measure> total) =>
        measures
            .Include(m => m.Progress)
            .Select(m => new MeasureRow(
                m,
                dbContext.Set<OrgUnit>().Where(o => o.Id == m.OrgUnitId).Select(o => o.Code).FirstOrDefault(),
                total.LongCount()))
            .AsSingleQuery();

    private static MeasurePage ToPage(List<MeasureRow> rows, long total) => new(
        rows.Select(r => r.Measure).ToList(),
        total,
        rows.Where(r => r.OrgUnitCode is not null).DistinctBy(r => r.Measure.OrgUnitId).ToDictionary(r => r.Measure.OrgUnitId, r => r.OrgUnitCode!));

    private sealed record MeasureRow(Measure Measure, string? OrgUnitCode, long Total);
}

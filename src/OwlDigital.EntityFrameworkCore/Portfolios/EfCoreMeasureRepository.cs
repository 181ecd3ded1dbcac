using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Portfolios;

public sealed class EfCoreMeasureRepository(OwlDigitalDbContext dbContext) : IMeasureRepository
{
    public Task<Measure?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Include(m => m.Progress).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<Measure?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Include(m => m.Progress).FirstOrDefaultAsync(m => m.Number == number, cancellationToken);

    public Task<List<Measure>> GetAllWithProgressAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().AsNoTracking().Include(m => m.Progress).AsSplitQuery().OrderBy(m => m.Number).ToListAsync(cancellationToken);

    public async Task<(List<Measure> Items, long TotalCount)> GetPageAsync(MeasureListQuery query, CancellationToken cancellationToken = default)
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

        var total = await measures.LongCountAsync(cancellationToken);
        var ordered = query.SortField switch
        {
            MeasureSortField.Title => query.SortDescending ? measures.OrderByDescending(m => m.Title) : measures.OrderBy(m => m.Title),
            MeasureSortField.Year => query.SortDescending ? measures.OrderByDescending(m => m.YearReported) : measures.OrderBy(m => m.YearReported),
            _ => query.SortDescending ? measures.OrderByDescending(m => m.Number) : measures.OrderBy(m => m.Number),
        };
        var items = await ordered.ThenBy(m => m.Number).ThenBy(m => m.Id)
            .Skip(query.Skip).Take(query.Take)
            .Include(m => m.Progress)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<List<Measure>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Include(m => m.Progress).Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);

    public Task<List<string>> GetNumbersAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().Select(m => m.Number).ToListAsync(cancellationToken);

    public Task<Dictionary<Guid, string>> GetNumberMapAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Measure>().ToDictionaryAsync(m => m.Id, m => m.Number, cancellationToken);

    public async Task InsertAsync(Measure measure, CancellationToken cancellationToken = default) =>
        await dbContext.Set<Measure>().AddAsync(measure, cancellationToken);
}

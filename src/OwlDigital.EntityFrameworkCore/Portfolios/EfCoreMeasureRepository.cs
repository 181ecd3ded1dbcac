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

    public async Task InsertAsync(Measure measure, CancellationToken cancellationToken = default) =>
        await dbContext.Set<Measure>().AddAsync(measure, cancellationToken);
}

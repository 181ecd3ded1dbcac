using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.OnlineServices;

public sealed class EfCoreOnlineServiceRepository(OwlDigitalDbContext dbContext) : IOnlineServiceRepository
{
    private IQueryable<OnlineService> WithChildren =>
        dbContext.Set<OnlineService>().Include(s => s.Statuses).Include(s => s.LeiKaLinks).AsSplitQuery();

    public Task<OnlineService?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        WithChildren.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<OnlineService?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        WithChildren.FirstOrDefaultAsync(s => s.Number == number, cancellationToken);

    public Task<List<string>> GetNumbersAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<OnlineService>().Select(s => s.Number).ToListAsync(cancellationToken);

    public Task<List<OnlineService>> GetAllAsync(CancellationToken cancellationToken = default) =>
        WithChildren.AsNoTracking().OrderBy(s => s.Number).ToListAsync(cancellationToken);

    public Task<List<OnlineService>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        WithChildren.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);

    public async Task InsertAsync(OnlineService service, CancellationToken cancellationToken = default) =>
        await dbContext.Set<OnlineService>().AddAsync(service, cancellationToken);
}

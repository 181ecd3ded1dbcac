using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Portfolios;

public sealed class EfCoreProgramRepository(OwlDigitalDbContext dbContext) : IProgramRepository
{
    public Task<List<DigitalProgram>> GetAllAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<DigitalProgram>().Include(p => p.Targets).OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public Task<DigitalProgram?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Set<DigitalProgram>().Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task InsertAsync(DigitalProgram program, CancellationToken cancellationToken = default) =>
        await dbContext.Set<DigitalProgram>().AddAsync(program, cancellationToken);
}

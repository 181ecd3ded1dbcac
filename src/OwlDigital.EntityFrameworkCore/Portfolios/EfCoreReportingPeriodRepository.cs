using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Portfolios;

public sealed class EfCoreReportingPeriodRepository(OwlDigitalDbContext dbContext) : IReportingPeriodRepository
{
    public Task<List<ReportingPeriod>> GetAllAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<ReportingPeriod>().OrderByDescending(p => p.ReportingDate).ToListAsync(cancellationToken);

    public Task<ReportingPeriod?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Set<ReportingPeriod>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<ReportingPeriod?> FindByDateAsync(DateOnly reportingDate, CancellationToken cancellationToken = default) =>
        dbContext.Set<ReportingPeriod>().FirstOrDefaultAsync(p => p.ReportingDate == reportingDate, cancellationToken);

    public async Task InsertAsync(ReportingPeriod period, CancellationToken cancellationToken = default) =>
        await dbContext.Set<ReportingPeriod>().AddAsync(period, cancellationToken);
}

namespace OwlDigital.Portfolios;

public interface IReportingPeriodRepository
{
    Task<List<ReportingPeriod>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<ReportingPeriod?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<ReportingPeriod?> FindByDateAsync(DateOnly reportingDate, CancellationToken cancellationToken = default);

    Task InsertAsync(ReportingPeriod period, CancellationToken cancellationToken = default);
}

using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Portfolios;

/// <summary>
/// A reporting date of the tenant (31 March or 30 September) while progress is collected for it:
/// open, then closed by the tenant admin, which freezes its values.
/// </summary>
public class ReportingPeriod : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private ReportingPeriod()
    {
    }

    public ReportingPeriod(Guid id, DateOnly reportingDate)
        : base(id)
    {
        if (!ReportingDates.IsReportingDate(reportingDate))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.NotAReportingDate)
                .WithDetail("Date", reportingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture))
                .ForField(nameof(ReportingDate));
        }

        ReportingDate = reportingDate;
    }

    public Guid TenantId { get; private set; }

    public DateOnly ReportingDate { get; private set; }

    public bool IsClosed { get; private set; }

    public void Close() => IsClosed = true;

    /// <summary>Opens a closed period again for corrections; the audit log records who did it.</summary>
    public void Reopen() => IsClosed = false;

    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.PeriodClosed)
                .WithDetail("Date", ReportingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

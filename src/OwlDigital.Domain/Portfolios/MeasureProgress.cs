using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Portfolios;

/// <summary>The progress of one measure at one reporting date. Part of the <see cref="Measure"/> aggregate.</summary>
public class MeasureProgress : Entity<Guid>, IMultiTenant
{
    private MeasureProgress()
    {
    }

    internal MeasureProgress(Guid id, Guid measureId, DateOnly reportingDate, ProgressValue value)
        : base(id)
    {
        MeasureId = measureId;
        ReportingDate = reportingDate;
        Value = value;
    }

    public Guid TenantId { get; private set; }

    public Guid MeasureId { get; private set; }

    public DateOnly ReportingDate { get; private set; }

    public ProgressValue Value { get; internal set; }
}

using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.OnlineServices;

/// <summary>The status of one online service at one reporting date. Part of the <see cref="OnlineService"/> aggregate.</summary>
public class OnlineServiceStatusEntry : Entity<Guid>, IMultiTenant
{
    private OnlineServiceStatusEntry()
    {
    }

    internal OnlineServiceStatusEntry(Guid id, Guid onlineServiceId, DateOnly reportingDate, ServiceStatus status)
        : base(id)
    {
        OnlineServiceId = onlineServiceId;
        ReportingDate = reportingDate;
        Status = status;
    }

    public Guid TenantId { get; private set; }

    public Guid OnlineServiceId { get; private set; }

    public DateOnly ReportingDate { get; private set; }

    public ServiceStatus Status { get; internal set; }
}

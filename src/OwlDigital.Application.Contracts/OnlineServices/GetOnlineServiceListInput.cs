using OwlDigital.Dtos;

namespace OwlDigital.OnlineServices;

/// <summary>Sorting: number (default), title or status, optionally followed by " desc".</summary>
public sealed class GetOnlineServiceListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the number or title.</summary>
    public string? Filter { get; set; }

    /// <summary>Only services with this status at <see cref="StatusDate"/> (or, without a date, their current status).</summary>
    public ServiceStatus? Status { get; set; }

    public DateOnly? StatusDate { get; set; }

    public Guid? OrgUnitId { get; set; }

    public ImplementationWay? Implementation { get; set; }

    /// <summary>OZG topic (Themenfeld) of the mapped OZG service.</summary>
    public string? Topic { get; set; }
}

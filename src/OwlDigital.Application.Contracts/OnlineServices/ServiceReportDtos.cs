namespace OwlDigital.OnlineServices;

/// <summary>The council figures of the online services: counts by status per reporting date and what is new.</summary>
public sealed record ServiceReportDto(
    IReadOnlyList<ServicePeriodCountsDto> Periods,
    IReadOnlyList<ServiceListItemDto> FeeNotPayableOnline,
    int Identified,
    int ImplementedNow);

/// <summary>Counts at one reporting date; <see cref="NewlyImplemented"/> are U here but not at the date before.</summary>
public sealed record ServicePeriodCountsDto(
    DateOnly ReportingDate,
    int Planned,
    int BeingIntroduced,
    int Implemented,
    int Total,
    IReadOnlyList<ServiceListItemDto> NewlyImplemented);

public sealed record ServiceListItemDto(Guid Id, string Number, string Title);

/// <summary>
/// Of the municipally relevant LeiKa services of a topic, how many this tenant offers online
/// (an online service with current status U mapped to it) and how many are under way (P or E).
/// </summary>
public sealed record TopicCoverageDto(string Topic, int Relevant, int Online, int UnderWay)
{
    public decimal OnlinePercent => Relevant == 0 ? 0 : Math.Round(100m * Online / Relevant, 1);
}

public sealed record CoverageDto(IReadOnlyList<TopicCoverageDto> Topics, int Relevant, int Online, int UnderWay);

/// <summary>A municipally relevant LeiKa service of the topic and whether this tenant has it (null: a gap).</summary>
public sealed record CoverageEntryDto(Guid LeiKaServiceId, string? Key, string Name, string? OzgServiceName, ServiceStatus? Status, string? ServiceNumber);

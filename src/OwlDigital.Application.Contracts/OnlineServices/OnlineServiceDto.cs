using OwlDigital.Catalog;

namespace OwlDigital.OnlineServices;

/// <summary>An online service as lists and forms show it.</summary>
public sealed record OnlineServiceDto(
    Guid Id,
    string Number,
    Guid OrgUnitId,
    string OrgUnitCode,
    string Title,
    ImplementationWay Implementation,
    Guid? MeasureId,
    string? MeasureNumber,
    int? OzgServiceId,
    string? OzgServiceName,
    string? Topic,
    IReadOnlyList<LeiKaLinkDto> LeiKa,
    int? MaturityLevel,
    MaturityModel? MaturityModel,
    bool? FeeRequired,
    bool? PayableOnline,
    AuthenticationKind? Authentication,
    FormFormat? FormFormat,
    string? FormTool,
    string? PublicUrl,
    DateOnly? LiveSince,
    IReadOnlyList<ServiceStatusEntryDto> Statuses,
    ServiceStatus? CurrentStatus,
    string ConcurrencyStamp,
    Guid? AdoptedFromFormId = null,
    int? AdoptedFromVersion = null);

/// <summary>A mapped LeiKa service; <see cref="CatalogName"/> differs from <see cref="Name"/> when a later catalogue renamed it.</summary>
public sealed record LeiKaLinkDto(Guid LeiKaServiceId, string? Key, string Name, string? CatalogName, bool IsRetired);

public sealed record ServiceStatusEntryDto(DateOnly ReportingDate, ServiceStatus Status);

/// <summary>
/// A new or changed online service. LeiKa services come by id (the search picker) or by key (API
/// clients); an unknown key is refused with the closest keys as a hint. Statuses name reporting
/// dates of the tenant's periods; a null status withdraws the one at that date.
/// </summary>
public sealed class SaveOnlineServiceDto
{
    public string Number { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public string Title { get; set; } = string.Empty;

    public ImplementationWay Implementation { get; set; } = ImplementationWay.OtherOrUnclear;

    public Guid? MeasureId { get; set; }

    public int? OzgServiceId { get; set; }

    public List<Guid> LeiKaServiceIds { get; set; } = [];

    public List<string> LeiKaKeys { get; set; } = [];

    public int? MaturityLevel { get; set; }

    public MaturityModel? MaturityModel { get; set; }

    public bool? FeeRequired { get; set; }

    public bool? PayableOnline { get; set; }

    public AuthenticationKind? Authentication { get; set; }

    public FormFormat? FormFormat { get; set; }

    public string? FormTool { get; set; }

    public string? PublicUrl { get; set; }

    public DateOnly? LiveSince { get; set; }

    public List<StatusInputDto> Statuses { get; set; } = [];

    /// <summary>Required when changing: the stamp the client read.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public sealed record StatusInputDto(DateOnly ReportingDate, ServiceStatus? Status);

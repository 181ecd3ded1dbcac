using System.Globalization;
using System.Text.RegularExpressions;
using OwlDigital.Catalog;
using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Portfolios;

namespace OwlDigital.OnlineServices;

/// <summary>
/// An online service of the tenant (Online-Dienst, e.g. "OD 013 Einbürgerung beantragen") with its
/// status per reporting date, its place in the federal catalogues (LeiKa keys, OZG service) and how
/// it is offered. The number is unique per tenant (checked by <see cref="OnlineServiceManager"/>).
/// </summary>
public partial class OnlineService : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<OnlineServiceStatusEntry> _statuses = [];
    private readonly List<OnlineServiceLeiKaLink> _leiKaLinks = [];

    private OnlineService()
    {
        Number = null!;
        Title = null!;
    }

    internal OnlineService(Guid id, string number, Guid orgUnitId, string title, ImplementationWay implementation)
        : base(id)
    {
        Number = NormalizeNumber(number);
        OrgUnitId = orgUnitId;
        Title = null!;
        SetTitle(title);
        SetImplementation(implementation);
    }

    public Guid TenantId { get; private set; }

    /// <summary>"OD 001": the letters, one blank, at least three digits.</summary>
    public string Number { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public string Title { get; private set; }

    public ImplementationWay Implementation { get; private set; }

    /// <summary>The measure of the portfolio that delivers it ("MP 029"), or none (Anlage 6: "nein").</summary>
    public Guid? MeasureId { get; private set; }

    public int? OzgServiceId { get; private set; }

    public int? MaturityLevel { get; private set; }

    public MaturityModel? MaturityModel { get; private set; }

    public bool? FeeRequired { get; private set; }

    public bool? PayableOnline { get; private set; }

    public AuthenticationKind? Authentication { get; private set; }

    public FormFormat? FormFormat { get; private set; }

    /// <summary>The form tool by its product-list name ("Form-Solutions"), or free text for a tool not on the list.</summary>
    public string? FormTool { get; private set; }

    public string? PublicUrl { get; private set; }

    public DateOnly? LiveSince { get; private set; }

    /// <summary>Generated for the demo installation, never real data.</summary>
    public bool IsDemo { get; private set; }

    /// <summary>The shared form of another tenant this service was adopted from (way "adopted"), and the version taken.</summary>
    public Guid? AdoptedFromFormId { get; private set; }

    public int? AdoptedFromVersion { get; private set; }

    public IReadOnlyCollection<OnlineServiceStatusEntry> Statuses => _statuses;

    public IReadOnlyCollection<OnlineServiceLeiKaLink> LeiKaLinks => _leiKaLinks;

    public void MarkAsDemo() => IsDemo = true;

    /// <summary>Links the service to the shared form (and version) it was adopted from.</summary>
    public void MarkAdoptedFrom(Guid formId, int version)
    {
        SetImplementation(ImplementationWay.AdoptedFromTenant);
        (AdoptedFromFormId, AdoptedFromVersion) = (formId, version);
    }

    public static string NormalizeNumber(string? number)
    {
        var match = NumberPattern().Match(number?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.InvalidNumber)
                .WithDetail("Number", number)
                .ForField(nameof(Number));
        }

        return $"OD {int.Parse(match.Groups["digits"].Value, CultureInfo.InvariantCulture):D3}";
    }

    public void SetTitle(string title)
    {
        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > OnlineServiceConsts.MaxTitleLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.InvalidTitle)
                .WithDetail("MaxLength", OnlineServiceConsts.MaxTitleLength)
                .ForField(nameof(Title));
        }

        Title = trimmed;
    }

    public void SetImplementation(ImplementationWay implementation) =>
        Implementation = Enum.IsDefined(implementation)
            ? implementation
            : throw new BusinessException(OwlDigitalErrorCodes.ValidationFailed).ForField(nameof(Implementation));

    public void MoveTo(Guid orgUnitId) => OrgUnitId = orgUnitId;

    public void LinkToMeasure(Guid? measureId) => MeasureId = measureId;

    public void SetOzgService(int? ozgServiceId) => OzgServiceId = ozgServiceId;

    /// <summary>A level only with its model, and within the model's range (1.1: 0–4, 2.0: 0–7).</summary>
    public void SetMaturity(int? level, MaturityModel? model)
    {
        if (level is null)
        {
            (MaturityLevel, MaturityModel) = (null, model);
            return;
        }

        if (model is not { } m || !Enum.IsDefined(m))
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.MaturityWithoutModel).ForField(nameof(MaturityModel));
        }

        if (level < 0 || level > m.MaxLevel())
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.MaturityOutOfRange)
                .WithDetail("Level", level)
                .WithDetail("Model", m.Label())
                .WithDetail("MaxLevel", m.MaxLevel())
                .ForField(nameof(MaturityLevel));
        }

        (MaturityLevel, MaturityModel) = (level, m);
    }

    /// <summary>Payable online only makes sense where a fee is charged.</summary>
    public void SetFee(bool? feeRequired, bool? payableOnline)
    {
        if (payableOnline == true && feeRequired == false)
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.PayableWithoutFee).ForField(nameof(PayableOnline));
        }

        (FeeRequired, PayableOnline) = (feeRequired, payableOnline);
    }

    public void SetAccess(AuthenticationKind? authentication, FormFormat? formFormat, string? formTool, string? publicUrl, DateOnly? liveSince)
    {
        if (publicUrl is { Length: > 0 } url
            && (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || url.Length > OnlineServiceConsts.MaxUrlLength))
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.InvalidUrl).WithDetail("Url", url).ForField(nameof(PublicUrl));
        }

        var tool = formTool?.Trim();
        if (tool?.Length > OnlineServiceConsts.MaxFormToolLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.TextTooLong)
                .WithDetail("MaxLength", OnlineServiceConsts.MaxFormToolLength)
                .ForField(nameof(FormTool));
        }

        Authentication = authentication;
        FormFormat = formFormat;
        FormTool = string.IsNullOrEmpty(tool) ? null : tool;
        PublicUrl = string.IsNullOrWhiteSpace(publicUrl) ? null : publicUrl.Trim();
        LiveSince = liveSince;
    }

    /// <summary>
    /// Maps the service to these catalogue entries, replacing the previous mapping. Entries kept from
    /// the previous mapping keep the name they had when mapped, so a later catalogue that renames or
    /// drops them shows as a difference instead of silently rewriting the tenant's data.
    /// </summary>
    public void MapToLeiKa(IReadOnlyCollection<LeiKaService> services)
    {
        if (services.Count > OnlineServiceConsts.MaxLeiKaKeys)
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.TooManyLeiKaKeys)
                .WithDetail("Max", OnlineServiceConsts.MaxLeiKaKeys)
                .ForField("LeiKaServiceIds");
        }

        var wanted = services.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        var removed = _leiKaLinks.RemoveAll(l => !wanted.ContainsKey(l.LeiKaServiceId));
        var added = 0;
        foreach (var service in wanted.Values.Where(s => _leiKaLinks.All(l => l.LeiKaServiceId != s.Id)))
        {
            _leiKaLinks.Add(new OnlineServiceLeiKaLink(Guid.NewGuid(), Id, service.Id, service.Key, service.Name));
            added++;
        }

        if (removed + added > 0)
        {
            RenewConcurrencyStamp();
        }
    }

    public ServiceStatus? StatusAt(DateOnly reportingDate) =>
        _statuses.FirstOrDefault(s => s.ReportingDate == reportingDate)?.Status;

    /// <summary>The status at the latest reporting date the service has one for.</summary>
    public ServiceStatus? CurrentStatus => _statuses.MaxBy(s => s.ReportingDate)?.Status;

    /// <summary>Online now: implemented (U) at the latest reporting date. What "online services" counts everywhere.</summary>
    public bool IsOnline => CurrentStatus == ServiceStatus.Implemented;

    /// <summary>
    /// Records (or with null, withdraws) the status at a reporting period of the tenant's portfolio.
    /// The caller passes the period, so a date without a period cannot get a status; a closed period
    /// is frozen as it is for the measures.
    /// </summary>
    public void ReportStatus(ReportingPeriod period, ServiceStatus? status)
    {
        var existing = _statuses.FirstOrDefault(s => s.ReportingDate == period.ReportingDate);
        if (existing?.Status == status)
        {
            return;
        }

        if (period.IsClosed)
        {
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.PeriodClosed)
                .WithDetail("Number", Number)
                .WithDetail("Date", period.ReportingDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        }

        RecordStatus(period.ReportingDate, status);
    }

    /// <summary>History as an import or the demo brings it, without the open-period rule (the importer checks closed periods itself).</summary>
    internal void RecordStatus(DateOnly reportingDate, ServiceStatus? status)
    {
        var existing = _statuses.FirstOrDefault(s => s.ReportingDate == reportingDate);
        if (status is null)
        {
            if (existing is not null)
            {
                _statuses.Remove(existing);
            }
        }
        else if (existing is null)
        {
            _statuses.Add(new OnlineServiceStatusEntry(Guid.NewGuid(), Id, reportingDate, status.Value));
        }
        else
        {
            existing.Status = status.Value;
        }

        RenewConcurrencyStamp();
    }

    [GeneratedRegex(@"^(?i:OD)\s*(?<digits>\d{1,5})$")]
    private static partial Regex NumberPattern();
}

using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.Portfolios;
using OwlDigital.Uow;
using OwlDigital.Validation;

namespace OwlDigital.OnlineServices;

/// <summary>
/// The tenant's list of online services. A tenant has tens to a few hundred services (Minden 129),
/// so lists and figures are computed from the whole list in memory: one query for the services,
/// one each for the catalogue entries they name.
/// </summary>
public sealed class OnlineServiceAppService(
    IOnlineServiceRepository services,
    OnlineServiceManager serviceManager,
    OnlineServiceCatalogLinks catalogLinks,
    IOrgUnitRepository orgUnits,
    IMeasureRepository measures,
    IReportingPeriodRepository periods,
    ICatalogRepository catalog,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer) : IOnlineServiceAppService
{
    private static readonly string[] SortFields = ["number", "title", "status"];

    public async Task<PagedResultDto<OnlineServiceDto>> GetListAsync(GetOnlineServiceListInput input, CancellationToken cancellationToken = default)
    {
        var (field, descending) = ValidateList(input);
        var all = await services.GetAllAsync(cancellationToken);
        var context = await LoadContextAsync(all, cancellationToken);
        IEnumerable<OnlineService> filtered = all;
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var text = input.Filter.Trim();
            filtered = filtered.Where(s => s.Number.Contains(text, StringComparison.OrdinalIgnoreCase) || s.Title.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        if (input.Status is { } status)
        {
            filtered = filtered.Where(s => (input.StatusDate is { } date ? s.StatusAt(date) : s.CurrentStatus) == status);
        }

        if (input.OrgUnitId is { } orgUnitId)
        {
            filtered = filtered.Where(s => s.OrgUnitId == orgUnitId);
        }

        if (input.Implementation is { } implementation)
        {
            filtered = filtered.Where(s => s.Implementation == implementation);
        }

        if (!string.IsNullOrWhiteSpace(input.Topic))
        {
            filtered = filtered.Where(s => context.TopicOf(s) == input.Topic.Trim());
        }

        var ordered = field switch
        {
            "title" => descending ? filtered.OrderByDescending(s => s.Title, StringComparer.CurrentCulture) : filtered.OrderBy(s => s.Title, StringComparer.CurrentCulture),
            "status" => descending ? filtered.OrderByDescending(s => s.CurrentStatus) : filtered.OrderBy(s => s.CurrentStatus),
            _ => descending ? filtered.OrderByDescending(s => s.Number, StringComparer.Ordinal) : filtered.OrderBy(s => s.Number, StringComparer.Ordinal),
        };
        var list = ordered.ThenBy(s => s.Number, StringComparer.Ordinal).ToList();
        return new PagedResultDto<OnlineServiceDto>(list.Count, list.Skip(input.Skip).Take(input.Take).Select(context.ToDto).ToList());
    }

    public async Task<OnlineServiceDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var service = await GetOrThrowAsync(id, cancellationToken);
        return (await LoadContextAsync([service], cancellationToken)).ToDto(service);
    }

    public async Task<OnlineServiceDto> CreateAsync(SaveOnlineServiceDto input, CancellationToken cancellationToken = default)
    {
        var service = await serviceManager.CreateAsync(input.Number, input.OrgUnitId, input.Title, input.Implementation, cancellationToken);
        await ApplyAsync(service, input, cancellationToken);
        await services.InsertAsync(service, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (await LoadContextAsync([service], cancellationToken)).ToDto(service);
    }

    public async Task<OnlineServiceDto> UpdateAsync(Guid id, SaveOnlineServiceDto input, CancellationToken cancellationToken = default)
    {
        var service = await GetOrThrowAsync(id, cancellationToken);
        if (service.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        if (await orgUnits.FindAsync(input.OrgUnitId, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(OrgUnit), input.OrgUnitId);
        }

        if (OnlineService.NormalizeNumber(input.Number) != service.Number)
        {
            // The number names the service in council papers; it is not renumbered in place.
            throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.InvalidNumber).WithDetail("Number", input.Number).ForField(nameof(input.Number));
        }

        service.MoveTo(input.OrgUnitId);
        service.SetTitle(input.Title);
        service.SetImplementation(input.Implementation);
        await ApplyAsync(service, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return (await LoadContextAsync([service], cancellationToken)).ToDto(service);
    }

    private async Task ApplyAsync(OnlineService service, SaveOnlineServiceDto input, CancellationToken cancellationToken)
    {
        if (input.MeasureId is { } measureId && await measures.FindAsync(measureId, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(Measure), measureId);
        }

        service.LinkToMeasure(input.MeasureId);
        service.SetOzgService(await catalogLinks.CheckOzgServiceAsync(input.OzgServiceId, cancellationToken));
        service.MapToLeiKa(await catalogLinks.ResolveLeiKaAsync(service, input.LeiKaServiceIds, input.LeiKaKeys, cancellationToken));
        service.SetMaturity(input.MaturityLevel, input.MaturityModel);
        service.SetFee(input.FeeRequired, input.PayableOnline);
        service.SetAccess(input.Authentication, input.FormFormat, input.FormTool, input.PublicUrl, input.LiveSince);

        if (input.Statuses.Count > 0)
        {
            var known = (await periods.GetAllAsync(cancellationToken)).ToDictionary(p => p.ReportingDate);
            foreach (var entry in input.Statuses)
            {
                if (!known.TryGetValue(entry.ReportingDate, out var period))
                {
                    throw new BusinessException(OwlDigitalErrorCodes.OnlineServices.UnknownPeriod)
                        .WithDetail("Date", entry.ReportingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture))
                        .ForField(nameof(input.Statuses));
                }

                service.ReportStatus(period, entry.Status);
            }
        }
    }

    public async Task<ServiceReportDto> GetReportAsync(CancellationToken cancellationToken = default)
    {
        var all = await services.GetAllAsync(cancellationToken);
        var dates = (await periods.GetAllAsync(cancellationToken)).Select(p => p.ReportingDate)
            .Concat(all.SelectMany(s => s.Statuses.Select(x => x.ReportingDate)))
            .Distinct()
            .Order()
            .ToList();
        var counts = new List<ServicePeriodCountsDto>();
        DateOnly? previous = null;
        foreach (var date in dates)
        {
            int Count(ServiceStatus status) => all.Count(s => s.StatusAt(date) == status);
            var newlyImplemented = all
                .Where(s => s.StatusAt(date) == ServiceStatus.Implemented && (previous is not { } before || s.StatusAt(before) != ServiceStatus.Implemented))
                .Select(Item)
                .ToList();

            // The first date has no "before": everything implemented then is history, not news.
            counts.Add(new ServicePeriodCountsDto(
                date,
                Count(ServiceStatus.Planned),
                Count(ServiceStatus.BeingIntroduced),
                Count(ServiceStatus.Implemented),
                all.Count(s => s.StatusAt(date) is not null),
                previous is null ? [] : newlyImplemented));
            previous = date;
        }

        var feeNotPayable = all.Where(s => s.FeeRequired == true && s.PayableOnline != true).Select(Item).ToList();
        return new ServiceReportDto(counts, feeNotPayable, all.Count, all.Count(s => s.IsOnline));
    }

    public async Task<CoverageDto> GetCoverageAsync(CancellationToken cancellationToken = default)
    {
        var relevantByTopic = await catalog.CountMunicipallyRelevantByTopicAsync(cancellationToken);
        var best = await BestStatusByLeiKaAsync(cancellationToken);
        var mapped = await catalog.GetLeiKaServicesAsync(best.Keys, cancellationToken);
        var ozg = (await catalog.GetOzgServicesAsync(mapped.Where(m => m.OzgServiceId != null).Select(m => m.OzgServiceId!.Value).Distinct().ToList(), cancellationToken)).ToDictionary(o => o.Id);
        var tenantCounts = mapped
            .Where(m => m.MunicipallyRelevant && !m.IsRetired)
            .GroupBy(m => m.OzgServiceId is { } id && ozg.TryGetValue(id, out var o) ? o.Topic : string.Empty)
            .ToDictionary(
                g => g.Key,
                g => (Online: g.Count(m => best[m.Id].Status == ServiceStatus.Implemented), UnderWay: g.Count(m => best[m.Id].Status != ServiceStatus.Implemented)));
        var topics = relevantByTopic
            .Select(t => new TopicCoverageDto(t.Key, t.Value, tenantCounts.GetValueOrDefault(t.Key).Online, tenantCounts.GetValueOrDefault(t.Key).UnderWay))
            .OrderBy(t => t.Topic.Length == 0)
            .ThenBy(t => t.Topic, StringComparer.CurrentCulture)
            .ToList();
        return new CoverageDto(topics, topics.Sum(t => t.Relevant), topics.Sum(t => t.Online), topics.Sum(t => t.UnderWay));
    }

    public async Task<IReadOnlyList<CoverageEntryDto>> GetCoverageEntriesAsync(string topic, CancellationToken cancellationToken = default)
    {
        var best = await BestStatusByLeiKaAsync(cancellationToken);
        var relevant = await catalog.GetMunicipallyRelevantAsync(topic ?? string.Empty, cancellationToken);
        return relevant
            .Select(r => best.TryGetValue(r.Service.Id, out var b)
                ? new CoverageEntryDto(r.Service.Id, r.Service.Key, r.Service.Name, r.Ozg?.Name, b.Status, b.Number)
                : new CoverageEntryDto(r.Service.Id, r.Service.Key, r.Service.Name, r.Ozg?.Name, null, null))
            .OrderBy(e => e.Status is null ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public async Task<byte[]> ExportAsync(bool excel, CancellationToken cancellationToken = default)
    {
        var all = await services.GetAllAsync(cancellationToken);
        var dates = (await periods.GetAllAsync(cancellationToken)).Select(p => p.ReportingDate)
            .Concat(all.SelectMany(s => s.Statuses.Select(x => x.ReportingDate)))
            .Distinct()
            .Order()
            .ToList();
        var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Id);
        var measureNumbers = await measures.GetNumberMapAsync(cancellationToken);
        return Anlage6Layout.Write(all, dates, units, measureNumbers, excel);
    }

    /// <summary>For each LeiKa service the tenant mapped, the furthest status of the services mapped to it (U before E before P).</summary>
    private async Task<Dictionary<Guid, (ServiceStatus Status, string Number)>> BestStatusByLeiKaAsync(CancellationToken cancellationToken)
    {
        var all = await services.GetAllAsync(cancellationToken);
        return all
            .Where(s => s.CurrentStatus is not null)
            .SelectMany(s => s.LeiKaLinks.Select(l => (l.LeiKaServiceId, Status: s.CurrentStatus!.Value, s.Number)))
            .GroupBy(x => x.LeiKaServiceId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Status).ThenBy(x => x.Number, StringComparer.Ordinal).Select(x => (x.Status, x.Number)).First());
    }

    private static ServiceListItemDto Item(OnlineService service) => new(service.Id, service.Number, service.Title);

    private async Task<OnlineService> GetOrThrowAsync(Guid id, CancellationToken cancellationToken) =>
        await services.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(OnlineService), id);

    private (string Field, bool Descending) ValidateList(GetOnlineServiceListInput input)
    {
        var errors = new ValidationErrorCollector();
        errors.AddPagingErrors(input.Skip, input.Take, localizer);
        var field = "number";
        var descending = false;
        if (!string.IsNullOrWhiteSpace(input.Sorting))
        {
            var parts = input.Sorting.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var direction = parts.Length == 2 ? parts[1] : "asc";
            if (parts.Length > 2 || !SortFields.Contains(parts[0]) || direction is not ("asc" or "desc"))
            {
                errors.Add(nameof(input.Sorting), localizer["Validation:UnknownSorting", input.Sorting, string.Join(", ", SortFields)]);
            }
            else
            {
                (field, descending) = (parts[0], direction == "desc");
            }
        }

        errors.ThrowIfAny();
        return (field, descending);
    }

    private async Task<ListContext> LoadContextAsync(IReadOnlyCollection<OnlineService> list, CancellationToken cancellationToken)
    {
        var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Id);
        var measureNumbers = list.Any(s => s.MeasureId is not null) ? await measures.GetNumberMapAsync(cancellationToken) : [];
        var leika = (await catalog.GetLeiKaServicesAsync(list.SelectMany(s => s.LeiKaLinks.Select(l => l.LeiKaServiceId)).Distinct().ToList(), cancellationToken))
            .ToDictionary(l => l.Id);
        var ozgIds = list.Where(s => s.OzgServiceId is not null).Select(s => s.OzgServiceId!.Value)
            .Concat(leika.Values.Where(l => l.OzgServiceId is not null).Select(l => l.OzgServiceId!.Value))
            .Distinct()
            .ToList();
        var ozg = (await catalog.GetOzgServicesAsync(ozgIds, cancellationToken)).ToDictionary(o => o.Id);
        return new ListContext(units, measureNumbers, leika, ozg);
    }

    private sealed record ListContext(
        IReadOnlyDictionary<Guid, OrgUnit> Units,
        IReadOnlyDictionary<Guid, string> MeasureNumbers,
        IReadOnlyDictionary<Guid, LeiKaService> LeiKa,
        IReadOnlyDictionary<int, OzgService> Ozg)
    {
        /// <summary>The OZG service named on the service itself, or else the one of its first mapped LeiKa service.</summary>
        public OzgService? OzgOf(OnlineService service)
        {
            var id = service.OzgServiceId
                ?? service.LeiKaLinks.Select(l => LeiKa.GetValueOrDefault(l.LeiKaServiceId)?.OzgServiceId).FirstOrDefault(i => i is not null);
            return id is { } ozgId ? Ozg.GetValueOrDefault(ozgId) : null;
        }

        public string? TopicOf(OnlineService service) => OzgOf(service)?.Topic;

        public OnlineServiceDto ToDto(OnlineService s)
        {
            var ozg = OzgOf(s);
            return new OnlineServiceDto(
                s.Id,
                s.Number,
                s.OrgUnitId,
                Units.GetValueOrDefault(s.OrgUnitId)?.Code ?? string.Empty,
                s.Title,
                s.Implementation,
                s.MeasureId,
                s.MeasureId is { } m ? MeasureNumbers.GetValueOrDefault(m) : null,
                s.OzgServiceId,
                ozg?.Name,
                ozg?.Topic,
                s.LeiKaLinks.Select(l =>
                {
                    var entry = LeiKa.GetValueOrDefault(l.LeiKaServiceId);
                    return new LeiKaLinkDto(l.LeiKaServiceId, l.KeyWhenMapped, l.NameWhenMapped, entry?.Name, entry?.IsRetired ?? true);
                }).OrderBy(l => l.Key, StringComparer.Ordinal).ToList(),
                s.MaturityLevel,
                s.MaturityModel,
                s.FeeRequired,
                s.PayableOnline,
                s.Authentication,
                s.FormFormat,
                s.FormTool,
                s.PublicUrl,
                s.LiveSince,
                s.Statuses.OrderBy(x => x.ReportingDate).Select(x => new ServiceStatusEntryDto(x.ReportingDate, x.Status)).ToList(),
                s.CurrentStatus,
                s.ConcurrencyStamp,
                s.AdoptedFromFormId,
                s.AdoptedFromVersion);
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;
using OwlDigital.Import;
using OwlDigital.Localization;
using OwlDigital.Portfolios;
using OwlDigital.Uow;

namespace OwlDigital.OnlineServices;

/// <summary>
/// Imports the list of online services in the layout of Anlage 6, with the rules of the measures
/// import: every problem named by row and column in a preview, all rows or none, and importing the
/// same file again changes nothing. Status columns must name reporting dates the tenant has; a
/// closed date's status may not change.
/// </summary>
public sealed class OnlineServiceImportAppService(
    IOnlineServiceRepository services,
    OnlineServiceManager serviceManager,
    OnlineServiceCatalogLinks catalogLinks,
    IOrgUnitRepository orgUnits,
    IMeasureRepository measures,
    IReportingPeriodRepository periods,
    ICatalogRepository catalog,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer) : IOnlineServiceImportAppService
{
    public const int MaxRows = 5_000;

    public Task<OnlineServiceImportResultDto> PreviewAsync(byte[] content, CancellationToken cancellationToken = default) =>
        RunAsync(content, commit: false, cancellationToken);

    public Task<OnlineServiceImportResultDto> ImportAsync(byte[] content, CancellationToken cancellationToken = default) =>
        RunAsync(content, commit: true, cancellationToken);

    private async Task<OnlineServiceImportResultDto> RunAsync(byte[] content, bool commit, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(content, cancellationToken);
        return await TableImport.RunAsync(plan, commit, unitOfWork, result => result with { Committed = true }, cancellationToken);
    }

    private async Task<ImportPlan<OnlineServiceImportResultDto>> PlanAsync(byte[] content, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblemDto>();
        var (table, fileProblem) = TableImport.Locate(content, MaxRows, Anlage6Layout.FindHeader, localizer["ServiceImport:NoHeader"], localizer);
        if (table is null)
        {
            return new(Failed(fileProblem!), null);
        }

        var (headerRow, columns, dataRows) = table;
        var knownPeriods = (await periods.GetAllAsync(cancellationToken)).ToDictionary(p => p.ReportingDate);
        var statusDates = new List<(int Column, DateOnly Date)>();
        foreach (var (column, header, date, label) in columns.Statuses)
        {
            if (date is null || !knownPeriods.ContainsKey(date.Value))
            {
                var shown = date?.ToString("dd.MM.yyyy", CultureInfo.CurrentCulture) ?? label;
                problems.Add(new ImportProblemDto(headerRow, header, localizer["ServiceImport:UnknownPeriod", shown]));
                continue;
            }

            statusDates.Add((column, date.Value));
        }

        var existing = (await services.GetAllAsync(cancellationToken)).ToDictionary(s => s.Number, StringComparer.Ordinal);
        var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var measureIds = (await measures.GetNumberMapAsync(cancellationToken)).ToDictionary(m => m.Value, m => m.Key, StringComparer.Ordinal);
        var allKeys = dataRows.SelectMany(r => SplitKeys(Cell(r.Cells, columns.LeiKaKeys))).Where(CatalogConsts.IsLeiKaKey).Distinct().ToList();
        var leikaByKey = (await catalog.GetLeiKaServicesByKeysAsync(allKeys, cancellationToken)).ToDictionary(s => s.Key!, StringComparer.Ordinal);
        var ozgIds = dataRows.Select(r => int.TryParse(Cell(r.Cells, columns.OzgId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        var knownOzg = (await catalog.GetOzgServicesAsync(ozgIds, cancellationToken)).Select(o => o.Id).ToHashSet();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>();

        foreach (var (row, cells) in dataRows)
        {
            var rowProblems = problems.Count;
            void Problem(int? column, string message) => problems.Add(new ImportProblemDto(row, column is { } c ? columns.Headers[c] : string.Empty, message));

            var numberText = Cell(cells, columns.Number);
            string number;
            try
            {
                number = OnlineService.NormalizeNumber(numberText);
            }
            catch (BusinessException)
            {
                Problem(columns.Number, localizer["ServiceImport:BadNumber", numberText]);
                continue;
            }

            if (seen.TryGetValue(number, out var firstRow))
            {
                Problem(columns.Number, localizer["Import:DuplicateNumber", number, firstRow]);
                continue;
            }

            seen[number] = row;
            var title = Anlage6Layout.Clean(Cell(cells, columns.Title));
            if (title.Length is 0 or > OnlineServiceConsts.MaxTitleLength)
            {
                Problem(columns.Title, localizer["Import:BadTitle", OnlineServiceConsts.MaxTitleLength]);
            }

            var wayText = Anlage6Layout.Clean(Cell(cells, columns.Implementation));
            var way = ImplementationWay.OtherOrUnclear;
            if (wayText.Length > 0 && !ImplementationWays.TryParseAnlageText(wayText, out way))
            {
                Problem(columns.Implementation, localizer["ServiceImport:BadImplementation", wayText, string.Join(" / ", Enum.GetValues<ImplementationWay>().Select(w => w.AnlageText()))]);
            }

            var unitText = Anlage6Layout.Clean(Cell(cells, columns.Office) is { Length: > 0 } office ? office : Cell(cells, columns.BusinessArea));
            if (!units.TryGetValue(unitText.Split(' ', 2)[0], out var unit))
            {
                Problem(columns.Office ?? columns.BusinessArea, localizer["Import:UnknownOrgUnit", unitText]);
            }

            Guid? measureId = null;
            var measureText = Anlage6Layout.Clean(Cell(cells, columns.MeasureNumber));
            if (measureText.Length > 0 && !measureText.Equals(Anlage6Layout.NoMeasure, StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    var measureNumber = Measure.NormalizeNumber(measureText);
                    measureId = measureIds.TryGetValue(measureNumber, out var id) ? id : null;
                    if (measureId is null)
                    {
                        Problem(columns.MeasureNumber, localizer["ServiceImport:UnknownMeasure", measureNumber]);
                    }
                }
                catch (BusinessException)
                {
                    Problem(columns.MeasureNumber, localizer["ServiceImport:BadMeasure", measureText]);
                }
            }

            var leika = new List<LeiKaService>();
            foreach (var key in SplitKeys(Cell(cells, columns.LeiKaKeys)))
            {
                if (!CatalogConsts.IsLeiKaKey(key))
                {
                    Problem(columns.LeiKaKeys, localizer["ServiceImport:BadLeiKaKey", key]);
                }
                else if (!leikaByKey.TryGetValue(key, out var entry))
                {
                    var closest = await catalogLinks.ClosestKeysAsync(key, cancellationToken);
                    Problem(columns.LeiKaKeys, localizer["ServiceImport:UnknownLeiKaKey", key, closest.Count == 0 ? "–" : string.Join("; ", closest)]);
                }
                else
                {
                    leika.Add(entry);
                }
            }

            int? ozgId = null;
            var ozgText = Cell(cells, columns.OzgId);
            if (ozgText.Length > 0)
            {
                if (int.TryParse(ozgText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && knownOzg.Contains(id))
                {
                    ozgId = id;
                }
                else
                {
                    Problem(columns.OzgId, localizer["Catalog:UnknownOzgService", ozgText]);
                }
            }

            var current = existing.GetValueOrDefault(number);
            var statuses = new List<(ReportingPeriod Period, ServiceStatus? Status)>();
            foreach (var (column, date) in statusDates)
            {
                var text = Cell(cells, column);
                ServiceStatus? status = null;
                if (text.Length > 0 && text != "-")
                {
                    if (!ServiceStatusExtensions.TryParseLetter(text, out var parsed))
                    {
                        Problem(column, localizer["ServiceImport:BadStatus", text]);
                        continue;
                    }

                    status = parsed;
                }

                var period = knownPeriods[date];
                if (period.IsClosed && current?.StatusAt(date) != status)
                {
                    Problem(column, localizer["ServiceImport:ClosedPeriod", date.ToString("dd.MM.yyyy", CultureInfo.CurrentCulture), current?.StatusAt(date)?.Letter() ?? "–", status?.Letter() ?? "–"]);
                    continue;
                }

                statuses.Add((period, status));
            }

            if (problems.Count > rowProblems || unit is null)
            {
                continue;
            }

            var action = ImportAction.Create;
            if (current is not null)
            {
                var changed = current.Title != title || current.OrgUnitId != unit.Id || current.Implementation != way || current.MeasureId != measureId
                    || statuses.Any(s => current.StatusAt(s.Period.ReportingDate) != s.Status)
                    || (columns.LeiKaKeys is not null && !current.LeiKaLinks.Select(l => l.LeiKaServiceId).ToHashSet().SetEquals(leika.Select(l => l.Id)))
                    || (columns.OzgId is not null && current.OzgServiceId != ozgId);
                action = changed ? ImportAction.Update : ImportAction.Unchanged;
            }

            planned.Add(new PlannedRow(row, number, action, current?.Id, unit.Id, title, way, measureId, leika, ozgId, statuses));
        }

        var result = new OnlineServiceImportResultDto(
            false,
            planned.Count(p => p.Action == ImportAction.Create),
            planned.Count(p => p.Action == ImportAction.Update),
            planned.Count(p => p.Action == ImportAction.Unchanged),
            problems.Count > 0 ? [] : planned.Select(p => new OnlineServiceImportRowDto(p.Row, p.Number, p.Action)).ToList(),
            problems);
        return new(result, problems.Count > 0 ? null : () => ApplyAsync(planned, columns, cancellationToken));
    }

    private async Task ApplyAsync(List<PlannedRow> planned, Anlage6Layout.Columns columns, CancellationToken cancellationToken)
    {
        var updates = planned.Where(p => p.Action == ImportAction.Update).ToList();
        var tracked = (await services.GetByIdsAsync(updates.Select(u => u.ServiceId!.Value).ToList(), cancellationToken)).ToDictionary(s => s.Id);
        foreach (var update in updates)
        {
            Apply(tracked[update.ServiceId!.Value], update, columns);
        }

        var creates = planned.Where(p => p.Action == ImportAction.Create).ToList();
        var created = await serviceManager.CreateManyAsync(creates.Select(c => (c.Number, c.OrgUnitId, c.Title, c.Implementation)).ToList(), cancellationToken);
        for (var i = 0; i < creates.Count; i++)
        {
            Apply(created[i], creates[i], columns);
            await services.InsertAsync(created[i], cancellationToken);
        }
    }

    private static void Apply(OnlineService service, PlannedRow row, Anlage6Layout.Columns columns)
    {
        service.SetTitle(row.Title);
        service.MoveTo(row.OrgUnitId);
        service.SetImplementation(row.Implementation);
        service.LinkToMeasure(row.MeasureId);
        if (columns.LeiKaKeys is not null)
        {
            service.MapToLeiKa(row.LeiKa);
        }

        if (columns.OzgId is not null)
        {
            service.SetOzgService(row.OzgServiceId);
        }

        row.Statuses.ForEach(s => service.ReportStatus(s.Period, s.Status));
    }

    private static string Cell(string[] cells, int? column) => column is { } c && c < cells.Length ? cells[c].Trim() : string.Empty;

    private static IEnumerable<string> SplitKeys(string text) =>
        text.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static OnlineServiceImportResultDto Failed(ImportProblemDto problem) => new(false, 0, 0, 0, [], [problem]);

    private sealed record PlannedRow(
        int Row,
        string Number,
        ImportAction Action,
        Guid? ServiceId,
        Guid OrgUnitId,
        string Title,
        ImplementationWay Implementation,
        Guid? MeasureId,
        List<LeiKaService> LeiKa,
        int? OzgServiceId,
        List<(ReportingPeriod Period, ServiceStatus? Status)> Statuses);
}

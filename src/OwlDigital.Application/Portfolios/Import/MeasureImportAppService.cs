using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Import;
using OwlDigital.Localization;
using OwlDigital.Uow;

namespace OwlDigital.Portfolios.Import;

/// <summary>
/// Imports a measures plan in the layout municipalities already publish (Minden's Anlage 4):
/// columns are found by their header text, so their order and extra columns do not matter. Org
/// units must exist (matched by the code before the name); progress columns are recognised by a
/// "MM.yyyy" in their header. Reporting dates not known yet are created as closed rounds (history)
/// when the importer may manage reporting rounds and the date is not after the next one due; a
/// value in an existing closed round may not change.
/// </summary>
public sealed partial class MeasureImportAppService(
    IMeasureRepository measures,
    IOrgUnitRepository orgUnits,
    IReportingPeriodRepository periods,
    MeasureManager measureManager,
    IPermissionChecker permissionChecker,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider,
    IStringLocalizer<OwlDigitalResource> localizer) : IMeasureImportAppService
{
    public const int MaxRows = 5_000;

    public Task<MeasureImportResultDto> PreviewAsync(byte[] content, CancellationToken cancellationToken = default) =>
        RunAsync(content, commit: false, cancellationToken);

    public Task<MeasureImportResultDto> ImportAsync(byte[] content, CancellationToken cancellationToken = default) =>
        RunAsync(content, commit: true, cancellationToken);

    private async Task<MeasureImportResultDto> RunAsync(byte[] content, bool commit, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(content, cancellationToken);
        return await TableImport.RunAsync(plan, commit, unitOfWork, result => result with { Committed = true }, cancellationToken);
    }

    private async Task<ImportPlan<MeasureImportResultDto>> PlanAsync(byte[] content, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblemDto>();
        var (table, fileProblem) = TableImport.Locate(content, MaxRows, FindHeader, localizer["Import:NoHeader"], localizer);
        if (table is null)
        {
            return new(Failed([fileProblem!]), null);
        }

        var columns = table.Columns;
        var knownPeriods = (await periods.GetAllAsync(cancellationToken)).ToDictionary(p => p.ReportingDate);
        var newDates = columns.Progress.Select(p => p.Date).Where(d => !knownPeriods.ContainsKey(d)).Distinct().Order().ToList();
        await CheckNewDatesAsync(newDates, columns, table.HeaderRow, problems, cancellationToken);
        problems.AddRange(columns.NotReportingDates.Select(c => new ImportProblemDto(table.HeaderRow, columns.Headers[c], localizer["Import:NotAReportingDate"])));

        var existing = (await measures.GetAllWithProgressAsync(cancellationToken)).ToDictionary(m => m.Number, StringComparer.Ordinal);
        var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>();

        foreach (var (row, cells) in table.DataRows)
        {
            string Cell(int? column) => column is { } c && c < cells.Length ? cells[c].Trim() : string.Empty;
            void Problem(int? column, string message) =>
                problems.Add(new ImportProblemDto(row, column is { } c ? columns.Headers[c] : string.Empty, message));

            var numberText = Cell(columns.Number);
            string number;
            try
            {
                number = Measure.NormalizeNumber(numberText);
            }
            catch (BusinessException)
            {
                Problem(columns.Number, localizer["Import:BadNumber", numberText]);
                continue;
            }

            if (seen.TryGetValue(number, out var firstRow))
            {
                Problem(columns.Number, localizer["Import:DuplicateNumber", number, firstRow]);
                continue;
            }

            seen[number] = row;
            var yearText = Cell(columns.Year);
            if (!YearReported.TryParse(yearText, out var year))
            {
                Problem(columns.Year, localizer["Import:BadYear", yearText]);
            }

            var title = CleanText(Cell(columns.Title));
            if (title.Length is 0 or > MeasureConsts.MaxTitleLength)
            {
                Problem(columns.Title, localizer["Import:BadTitle", MeasureConsts.MaxTitleLength]);
            }

            var unitText = CleanText(Cell(columns.Office) is { Length: > 0 } office ? office : Cell(columns.BusinessArea));
            var unitCode = unitText.Split(' ', 2)[0];
            if (!units.TryGetValue(unitCode, out var unit))
            {
                Problem(columns.Office ?? columns.BusinessArea, localizer["Import:UnknownOrgUnit", unitText]);
            }

            var values = new List<(DateOnly Date, ProgressValue? Value)>();
            foreach (var (column, date) in columns.Progress)
            {
                var text = Cell(column);
                if (!ProgressValue.TryParse(text, out var value))
                {
                    Problem(column, localizer["Import:BadProgress", text]);
                    continue;
                }

                var current = existing.GetValueOrDefault(number)?.ProgressAt(date);
                if (current != value && knownPeriods.TryGetValue(date, out var period) && period.IsClosed)
                {
                    Problem(column, localizer["Import:ClosedPeriod", date.ToString("dd.MM.yyyy", CultureInfo.CurrentCulture), current?.ToString() ?? ProgressValue.NotReportedText, value?.ToString() ?? ProgressValue.NotReportedText]);
                    continue;
                }

                values.Add((date, value));
            }

            if (problems.Count > 0 || unit is null)
            {
                continue;
            }

            var description = NullIfEmpty(CleanText(Cell(columns.Description)));
            var plannedIntroduction = NullIfEmpty(CleanText(Cell(columns.PlannedIntroduction)));
            var action = ImportAction.Create;
            if (existing.TryGetValue(number, out var measure))
            {
                var changed = measure.Title != title || measure.YearReported != year || measure.OrgUnitId != unit.Id
                    || (columns.Description is not null && measure.Description != description)
                    || (columns.PlannedIntroduction is not null && measure.PlannedIntroduction != plannedIntroduction)
                    || values.Any(v => measure.ProgressAt(v.Date) != v.Value);
                action = changed ? ImportAction.Update : ImportAction.Unchanged;
            }

            planned.Add(new PlannedRow(row, number, action, measure?.Id, year, unit.Id, title, description, plannedIntroduction, values));
        }

        var result = new MeasureImportResultDto(
            false,
            planned.Count(p => p.Action == ImportAction.Create),
            planned.Count(p => p.Action == ImportAction.Update),
            planned.Count(p => p.Action == ImportAction.Unchanged),
            newDates,
            planned.Select(p => new MeasureImportRowDto(p.Row, p.Number, p.Action)).ToList(),
            problems);
        if (problems.Count > 0)
        {
            return new(result with { Rows = [] }, null);
        }

        return new(result, () => ApplyAsync(planned, columns, newDates, cancellationToken));
    }

    /// <summary>
    /// Reporting dates belong to the reporting calendar, which only those who manage reporting
    /// rounds change: an import may add values for a date the tenant has no round for only with
    /// that permission, and never for a date after the next one due (it would report the future).
    /// </summary>
    private async Task CheckNewDatesAsync(List<DateOnly> newDates, Columns columns, int headerRow, List<ImportProblemDto> problems, CancellationToken cancellationToken)
    {
        if (newDates.Count == 0)
        {
            return;
        }

        var mayCreate = await permissionChecker.IsGrantedAsync(OwlDigitalPermissions.Portfolios.ManagePeriods, cancellationToken);
        var nextDue = ReportingDates.NextDue(DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime));
        foreach (var date in newDates)
        {
            var header = columns.Headers[columns.Progress.First(p => p.Date == date).Column];
            var shown = date.ToString("dd.MM.yyyy", CultureInfo.CurrentCulture);
            if (date > nextDue)
            {
                problems.Add(new ImportProblemDto(headerRow, header, localizer["Import:FutureDate", shown, nextDue.ToString("dd.MM.yyyy", CultureInfo.CurrentCulture)]));
            }
            else if (!mayCreate)
            {
                problems.Add(new ImportProblemDto(headerRow, header, localizer["Import:NewDateNotAllowed", shown]));
            }
        }
    }

    // Bulk work only: one query for the measures to change, two for the rules of the new ones.
    private async Task ApplyAsync(List<PlannedRow> planned, Columns columns, List<DateOnly> newDates, CancellationToken cancellationToken)
    {
        foreach (var date in newDates)
        {
            var period = new ReportingPeriod(Guid.NewGuid(), date);
            period.Close();
            await periods.InsertAsync(period, cancellationToken);
        }

        var updates = planned.Where(p => p.Action == ImportAction.Update).ToList();
        var tracked = (await measures.GetByIdsAsync(updates.Select(u => u.MeasureId!.Value).ToList(), cancellationToken)).ToDictionary(m => m.Id);
        foreach (var update in updates)
        {
            var measure = tracked[update.MeasureId!.Value];
            measure.SetTitle(update.Title);
            measure.MoveTo(update.OrgUnitId, update.Year);
            measure.SetDetails(
                columns.Description is null ? measure.Description : update.Description,
                columns.PlannedIntroduction is null ? measure.PlannedIntroduction : update.PlannedIntroduction,
                measure.ProjectLead);
            update.Values.ForEach(v => measure.ReportProgress(v.Date, v.Value));
        }

        // The published layout has no benefit column; a new measure starts as a service improvement.
        var creates = planned.Where(p => p.Action == ImportAction.Create).ToList();
        var created = await measureManager.CreateManyAsync(
            creates.Select(c => new NewMeasure(c.Number, c.Year, c.OrgUnitId, c.Title, BenefitCategories.ServiceImprovement)).ToList(),
            cancellationToken);
        for (var i = 0; i < creates.Count; i++)
        {
            created[i].SetDetails(creates[i].Description, creates[i].PlannedIntroduction, null);
            creates[i].Values.ForEach(v => created[i].ReportProgress(v.Date, v.Value));
            await measures.InsertAsync(created[i], cancellationToken);
        }
    }

    private sealed record PlannedRow(
        int Row,
        string Number,
        ImportAction Action,
        Guid? MeasureId,
        YearReported Year,
        Guid OrgUnitId,
        string Title,
        string? Description,
        string? PlannedIntroduction,
        List<(DateOnly Date, ProgressValue? Value)> Values);

    private static MeasureImportResultDto Failed(List<ImportProblemDto> problems) => new(false, 0, 0, 0, [], [], problems);

    // Cells of the published plans carry the line breaks of their narrow columns.
    private static string CleanText(string text) => WhitespacePattern().Replace(text, " ").Trim();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static (int Index, Columns Columns)? FindHeader(IReadOnlyList<string[]> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var headers = rows[r].Select(CleanText).ToArray();
            int? Find(Func<string, bool> match) => Array.FindIndex(headers, h => match(h)) is var i and >= 0 ? i : null;

            var number = Find(h => h.Equals("Nr.", StringComparison.OrdinalIgnoreCase) || h.Equals("Nr", StringComparison.OrdinalIgnoreCase)
                || h.Equals("Nummer", StringComparison.OrdinalIgnoreCase) || h.Equals("MP", StringComparison.OrdinalIgnoreCase));
            var title = Find(h => h.Contains("Digitalisierungsprojekt", StringComparison.OrdinalIgnoreCase) || h.Equals("Titel", StringComparison.OrdinalIgnoreCase));
            if (number is null || title is null)
            {
                continue;
            }

            var progress = new List<(int Column, DateOnly Date)>();
            var notReportingDates = new List<int>();
            for (var i = 0; i < headers.Length; i++)
            {
                if (headers[i].Contains("Status", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var date = ReportingDates.FindInHeader(headers[i], out var label);
                if (date is not null)
                {
                    progress.Add((i, date.Value));
                }
                else if (label is not null && headers[i].Contains("Projektfortschritt", StringComparison.OrdinalIgnoreCase))
                {
                    notReportingDates.Add(i);
                }
            }

            return (r, new Columns(
                headers,
                number.Value,
                Find(h => h.StartsWith("Jahr", StringComparison.OrdinalIgnoreCase)),
                Find(h => h.StartsWith("Geschäftskreis", StringComparison.OrdinalIgnoreCase)),
                Find(h => h.StartsWith("Dienststelle", StringComparison.OrdinalIgnoreCase) || h.StartsWith("Organisationseinheit", StringComparison.OrdinalIgnoreCase)),
                title.Value,
                Find(h => h.StartsWith("Erläuterung", StringComparison.OrdinalIgnoreCase) || h.StartsWith("Beschreibung", StringComparison.OrdinalIgnoreCase)),
                Find(h => h.StartsWith("Termin", StringComparison.OrdinalIgnoreCase) || h.Contains("Einführung", StringComparison.OrdinalIgnoreCase)),
                progress,
                notReportingDates));
        }

        return null;
    }

    private sealed record Columns(
        string[] Headers,
        int Number,
        int? Year,
        int? BusinessArea,
        int? Office,
        int Title,
        int? Description,
        int? PlannedIntroduction,
        List<(int Column, DateOnly Date)> Progress,
        List<int> NotReportingDates);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

}

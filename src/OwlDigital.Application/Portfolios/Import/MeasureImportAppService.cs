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
/// "MM.yyyy" in their header. Reporting dates not known yet are created as closed rounds (history);
/// a value in an existing closed round may not change.
/// </summary>
public sealed partial class MeasureImportAppService(
    IMeasureRepository measures,
    IOrgUnitRepository orgUnits,
    IReportingPeriodRepository periods,
    MeasureManager measureManager,
    IPermissionChecker permissionChecker,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer) : IMeasureImportAppService
{
    public const int MaxRows = 5_000;

    public async Task<MeasureImportResultDto> PreviewAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Portfolios.Edit, cancellationToken);
        return (await PlanAsync(content, cancellationToken)).Result;
    }

    public async Task<MeasureImportResultDto> ImportAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Portfolios.Edit, cancellationToken);
        var (result, apply) = await PlanAsync(content, cancellationToken);
        if (result.Problems.Count > 0 || apply is null)
        {
            return result;
        }

        await apply();

        // One save: the whole file is written in one transaction, or not at all.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return result with { Committed = true };
    }

    private async Task<(MeasureImportResultDto Result, Func<Task>? Apply)> PlanAsync(byte[] content, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblemDto>();
        var (sheets, fileProblem) = TableFileReader.Read(content ?? [], out var problemLine);
        if (sheets is null || sheets.All(rows => rows.All(r => r.All(string.IsNullOrWhiteSpace))))
        {
            problems.Add(new ImportProblemDto(problemLine, string.Empty, TableFileReader.Describe(fileProblem, problemLine, localizer)));
            return (Failed(problems), null);
        }

        // The first sheet with a recognisable header: a workbook may carry a report sheet before the plan.
        var found = sheets.Select(rows => (Rows: rows, Header: FindHeader(rows))).FirstOrDefault(s => s.Header is not null);
        if (found.Header is null)
        {
            problems.Add(new ImportProblemDto(1, string.Empty, localizer["Import:NoHeader"]));
            return (Failed(problems), null);
        }

        var rows = found.Rows;
        var (headerRow, columns) = found.Header.Value;
        var dataRows = rows.Skip(headerRow + 1).Select((cells, i) => (Row: headerRow + 2 + i, Cells: cells)).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (dataRows.Count > MaxRows)
        {
            problems.Add(new ImportProblemDto(0, string.Empty, localizer["Import:TooManyRows", dataRows.Count, MaxRows]));
            return (Failed(problems), null);
        }

        var existing = (await measures.GetAllWithProgressAsync(cancellationToken)).ToDictionary(m => m.Number, StringComparer.Ordinal);
        var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var knownPeriods = (await periods.GetAllAsync(cancellationToken)).ToDictionary(p => p.ReportingDate);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>();

        foreach (var (row, cells) in dataRows)
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

        var newDates = columns.Progress.Select(p => p.Date).Where(d => !knownPeriods.ContainsKey(d)).Distinct().Order().ToList();
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
            return (result with { Rows = [] }, null);
        }

        return (result, () => ApplyAsync(planned, columns, newDates, cancellationToken));
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

    private static (int Row, Columns Columns)? FindHeader(List<string[]> rows)
    {
        for (var r = 0; r < Math.Min(rows.Count, 20); r++)
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

            var progress = headers
                .Select((h, i) => (Column: i, Match: ProgressHeaderPattern().Match(h)))
                .Where(x => x.Match.Success && x.Match.Groups["month"].Value is "03" or "09"
                    && !headers[x.Column].Contains("Status", StringComparison.OrdinalIgnoreCase))
                .Select(x =>
                {
                    var year = int.Parse(x.Match.Groups["year"].Value, CultureInfo.InvariantCulture);
                    return (x.Column, Date: x.Match.Groups["month"].Value == "03" ? new DateOnly(year, 3, 31) : new DateOnly(year, 9, 30));
                })
                .ToList();
            return (r, new Columns(
                headers,
                number.Value,
                Find(h => h.StartsWith("Jahr", StringComparison.OrdinalIgnoreCase)),
                Find(h => h.StartsWith("Geschäftskreis", StringComparison.OrdinalIgnoreCase)),
                Find(h => h.StartsWith("Dienststelle", StringComparison.OrdinalIgnoreCase) || h.StartsWith("Organisationseinheit", StringComparison.OrdinalIgnoreCase)),
                title.Value,
                Find(h => h.StartsWith("Erläuterung", StringComparison.OrdinalIgnoreCase) || h.StartsWith("Beschreibung", StringComparison.OrdinalIgnoreCase)),
                Find(h => h.StartsWith("Termin", StringComparison.OrdinalIgnoreCase) || h.Contains("Einführung", StringComparison.OrdinalIgnoreCase)),
                progress));
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
        List<(int Column, DateOnly Date)> Progress);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"(?<month>\d{2})\.(?<year>\d{4})")]
    private static partial Regex ProgressHeaderPattern();
}

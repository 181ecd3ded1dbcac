using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Export;
using OwlDigital.Localization;
using OwlDigital.Uow;
using OwlDigital.Validation;

namespace OwlDigital.Portfolios;

public sealed class ReportingAppService(
    IReportingPeriodRepository periods,
    IMeasureRepository measures,
    IOrgUnitRepository orgUnits,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer) : IReportingAppService
{
    public async Task<IReadOnlyList<ReportingPeriodDto>> GetPeriodsAsync(CancellationToken cancellationToken = default)
    {
        var all = await measures.GetAllWithProgressAsync(cancellationToken);
        return (await periods.GetAllAsync(cancellationToken)).Select(p => p.ToDto(all)).ToList();
    }

    public async Task<ReportingPeriodDto> OpenPeriodAsync(OpenReportingPeriodDto input, CancellationToken cancellationToken = default)
    {
        if (await periods.FindByDateAsync(input.ReportingDate, cancellationToken) is not null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.PeriodExists)
                .WithDetail("Date", input.ReportingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture))
                .ForField(nameof(input.ReportingDate));
        }

        var period = new ReportingPeriod(Guid.NewGuid(), input.ReportingDate);
        await periods.InsertAsync(period, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return period.ToDto(await measures.GetAllWithProgressAsync(cancellationToken));
    }

    public Task<ReportingPeriodDto> ClosePeriodAsync(Guid periodId, CancellationToken cancellationToken = default) =>
        ChangePeriodAsync(periodId, period => period.Close(), cancellationToken);

    public Task<ReportingPeriodDto> ReopenPeriodAsync(Guid periodId, CancellationToken cancellationToken = default) =>
        ChangePeriodAsync(periodId, period => period.Reopen(), cancellationToken);

    public async Task<ProgressSheetDto> GetProgressSheetAsync(Guid periodId, CancellationToken cancellationToken = default)
    {
        return await SheetAsync(await GetPeriodAsync(periodId, cancellationToken), cancellationToken);
    }

    public async Task<ProgressSheetDto> SaveProgressAsync(Guid periodId, SaveProgressDto input, CancellationToken cancellationToken = default)
    {
        // One transaction from reading the stamps to the save: the tenant setting travels with the
        // first read, and what was checked is what is written.
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var period = await GetPeriodAsync(periodId, cancellationToken);
            period.EnsureOpen();

            var entries = input.Entries ?? [];
            var byId = (await measures.GetByIdsAsync(entries.Select(e => e.MeasureId).ToHashSet(), cancellationToken)).ToDictionary(m => m.Id);

            // Every entry is checked before anything changes, and every problem is named by its measure.
            var errors = new ValidationErrorCollector();
            var changes = new List<(Measure Measure, ProgressValue? Value)>();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var field = $"entries[{i}]";
                if (!byId.TryGetValue(entry.MeasureId, out var measure))
                {
                    errors.Add(field, Localized(OwlDigitalErrorCodes.EntityNotFound, ("Entity", nameof(Measure)), ("Id", entry.MeasureId)));
                    continue;
                }

                if (!ProgressValue.TryParse(entry.Value, out var value))
                {
                    errors.Add(field + ".value", Localized(OwlDigitalErrorCodes.Portfolios.InvalidProgressValue, ("Value", entry.Value), ("Number", measure.Number)));
                    continue;
                }

                if (measure.ConcurrencyStamp != entry.ConcurrencyStamp)
                {
                    throw new BusinessException(OwlDigitalErrorCodes.Portfolios.MeasureChangedMeanwhile).WithDetail("Number", measure.Number);
                }

                changes.Add((measure, value));
            }

            errors.ThrowIfAny();
            foreach (var (measure, value) in changes)
            {
                measure.ReportProgress(period.ReportingDate, value);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            return await SheetAsync(period, cancellationToken);
        }, cancellationToken);
    }

    public async Task<CouncilReportDto> GetCouncilReportAsync(CancellationToken cancellationToken = default)
    {
        var all = await measures.GetAllWithProgressAsync(cancellationToken);
        var dates = (await periods.GetAllAsync(cancellationToken)).Select(p => p.ReportingDate).ToList();
        return CouncilReport.Calculate(all, dates).ToDto(all.Count(m => !m.YearReported.AlreadyImplementedAtStart));
    }

    public async Task<byte[]> ExportCouncilReportAsync(CancellationToken cancellationToken = default)
    {
        // One read of the plan serves both sheets.
        var all = await measures.GetAllWithProgressAsync(cancellationToken);
        var reportDates = (await periods.GetAllAsync(cancellationToken)).Select(p => p.ReportingDate).ToList();
        var report = CouncilReport.Calculate(all, reportDates).ToDto(all.Count(m => !m.YearReported.AlreadyImplementedAtStart));
        var dates = report.Columns.Select(c => c.ReportingDate).ToList();
        var labels = dates.Select(ReportingDates.Label).ToList();
        var statuses = new[] { MeasureStatus.Planned, MeasureStatus.BeingIntroduced, MeasureStatus.Implemented, MeasureStatus.Abandoned, MeasureStatus.OnHold };

        var workbook = new XlsxBuilder().Sheet(localizer["Report:Title"]);
        foreach (var (title, pick, total) in new (string, Func<StatusFiguresDto, int>, Func<CouncilReportColumnDto, int>)[]
        {
            (localizer["Report:SumTable"], s => s.Sum, c => c.TotalSum),
            (localizer["Report:CountTable"], s => s.Count, c => c.TotalCount),
        })
        {
            workbook.Row(title).Row([localizer["Report:Status"].Value, .. labels]);
            foreach (var status in statuses)
            {
                workbook.Row([$"{status.ToLetter()} – {localizer[$"MeasureStatus:{status}"]}", .. report.Columns.Select(c => (object?)pick(c.ByStatus.Single(s => s.Status == status)))]);
            }

            workbook.Row([localizer["Report:Total"].Value, .. report.Columns.Select(c => (object?)total(c))]).Row();
        }

        workbook.Row(localizer["Report:NewlyImplemented"].Value);
        foreach (var column in report.Columns)
        {
            workbook.Row(ReportingDates.Label(column.ReportingDate), string.Join(", ", column.NewlyImplemented));
        }

        workbook.Row().Row(localizer["Measures:YearReported"].Value, localizer["Report:Count"].Value);
        foreach (var year in report.ByYearReported)
        {
            workbook.Row(year.YearReported, year.Count);
        }

        workbook.Row(localizer["Report:Total"].Value, report.ByYearReported.Sum(y => y.Count));

        // The measures plan as councils know it (Anlage 4).
        workbook.Sheet(localizer["Measures:PageTitle"]);
        foreach (var row in await PlanRowsAsync(all, dates, cancellationToken))
        {
            workbook.Row(row);
        }

        return workbook.ToBytes();
    }

    public async Task<byte[]> ExportPlanCsvAsync(CancellationToken cancellationToken = default)
    {
        var dates = (await periods.GetAllAsync(cancellationToken)).Select(p => p.ReportingDate).Order().ToList();
        var csv = new CsvBuilder();
        foreach (var row in await PlanRowsAsync(await measures.GetAllWithProgressAsync(cancellationToken), dates, cancellationToken))
        {
            csv.AddRow(row.Select(cell => cell switch
            {
                null => null,
                IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => cell.ToString(),
            }).ToList());
        }

        return csv.ToUtf8WithBom();
    }

    // Header and one row per measure in the layout of Anlage 4, which the import reads back.
    private async Task<List<object?[]>> PlanRowsAsync(List<Measure> all, IReadOnlyList<DateOnly> dates, CancellationToken cancellationToken)
    {
        var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Id);
        var rows = new List<object?[]>
        {
            new object?[]
            {
                localizer["OrgUnits:BusinessArea"].Value, localizer["Public:Office"].Value, localizer["Measures:Number"].Value, localizer["Measures:YearReported"].Value,
                localizer["Measures:Title"].Value, localizer["Measures:Description"].Value, localizer["Measures:PlannedIntroduction"].Value,
            }
            .Concat(dates.Select(d => (object?)$"{localizer["Export:ProgressAt"]} {ReportingDates.Label(d)}"))
            .Append(localizer["Report:Status"].Value)
            .ToArray(),
        };
        foreach (var measure in all.OrderBy(m => m.Number, StringComparer.Ordinal))
        {
            var unit = units.GetValueOrDefault(measure.OrgUnitId);
            var area = unit?.BusinessAreaId is { } areaId ? units.GetValueOrDefault(areaId) : unit;
            rows.Add(new object?[]
                {
                    area is null ? null : $"{area.Code} {area.Name}", unit is null || unit == area ? null : $"{unit.Code} {unit.Name}", measure.Number,
                    measure.YearReported.ToString(), measure.Title, measure.Description, measure.PlannedIntroduction,
                }
                .Concat(dates.Select(d => measure.ProgressAt(d) is { Level: { } level } ? (object?)level : (measure.ProgressAt(d)?.ToString() ?? ProgressValue.NotReportedText)))
                .Append(dates.Count > 0 ? measure.StatusAt(dates[^1])?.ToLetter() : null)
                .ToArray());
        }

        return rows;
    }

    private async Task<ReportingPeriodDto> ChangePeriodAsync(Guid periodId, Action<ReportingPeriod> change, CancellationToken cancellationToken)
    {
        var period = await GetPeriodAsync(periodId, cancellationToken);
        change(period);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return period.ToDto(await measures.GetAllWithProgressAsync(cancellationToken));
    }

    private async Task<ProgressSheetDto> SheetAsync(ReportingPeriod period, CancellationToken cancellationToken)
    {
        var (all, _, codes) = await measures.GetAllWithOrgUnitCodesAsync(cancellationToken);
        var previous = ReportingDates.Previous(period.ReportingDate);
        var rows = all
            .OrderBy(m => m.Number, StringComparer.Ordinal)
            .Select(m => new ProgressSheetRowDto(
                m.Id,
                m.Number,
                m.Title,
                codes.GetValueOrDefault(m.OrgUnitId, string.Empty),
                m.ProgressAt(previous)?.ToString(),
                m.ProgressAt(period.ReportingDate)?.ToString(),
                m.ConcurrencyStamp))
            .ToList();
        return new ProgressSheetDto(period.ToDto(all), previous, rows);
    }

    private async Task<ReportingPeriod> GetPeriodAsync(Guid id, CancellationToken cancellationToken) =>
        await periods.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(ReportingPeriod), id);

    // The message of a domain error code, for a validation answer that collects several of them.
    private string Localized(string code, params (string Name, object? Value)[] details) =>
        LocalizedMessageFormatter.Format(localizer[code], details.ToDictionary(d => d.Name, d => d.Value));
}

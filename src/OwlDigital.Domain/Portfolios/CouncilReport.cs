namespace OwlDigital.Portfolios;

/// <summary>Count of measures and sum of their progress values for one status at one reporting date.</summary>
public sealed record StatusFigures(int Count, int Sum);

/// <summary>One reporting date of the council report (the columns of Minden's two tables).</summary>
public sealed record CouncilReportColumn(
    DateOnly ReportingDate,
    IReadOnlyDictionary<MeasureStatus, StatusFigures> ByStatus,
    StatusFigures Total,
    IReadOnlyList<string> NewlyImplemented);

/// <summary>
/// What the council gets (seed 000): per reporting date the count of measures and the sum of
/// progress by status P/E/U with their totals, the measures newly implemented since the date
/// before, the number of measures by year reported, and the new measures of the latest year.
/// </summary>
public sealed record CouncilReport(
    IReadOnlyList<CouncilReportColumn> Columns,
    IReadOnlyList<(string YearReported, int Count)> ByYearReported,
    IReadOnlyList<(string Number, string Title)> NewOfLatestYear)
{
    /// <summary>The statuses the totals add up; `a` and `g` are shown beside them, not in them.</summary>
    public static IReadOnlyList<MeasureStatus> ScaleStatuses { get; } = [MeasureStatus.Planned, MeasureStatus.BeingIntroduced, MeasureStatus.Implemented];

    /// <summary>
    /// Measures already implemented when the plan was drawn up ("2020-U(10)") are listed by year
    /// but left out of the columns; a measure without a value at a date is not counted there.
    /// </summary>
    public static CouncilReport Calculate(IReadOnlyCollection<Measure> measures, IEnumerable<DateOnly> reportingDates)
    {
        var reported = measures.Where(m => !m.YearReported.AlreadyImplementedAtStart).ToList();
        var columns = reportingDates.Order().Select(date => Column(reported, date)).ToList();
        var byYear = measures
            .GroupBy(m => m.YearReported)
            .OrderBy(g => g.Key.Year)
            .ThenByDescending(g => g.Key.AlreadyImplementedAtStart)
            .Select(g => (g.Key.ToString(), g.Count()))
            .ToList();

        // The new measures of the year of the latest reporting date ("In 2023 wurden 21 neue Maßnahmen benannt").
        var latestYear = columns.Count > 0 ? columns[^1].ReportingDate.Year : (int?)null;
        var newOfYear = measures
            .Where(m => m.YearReported.Year == latestYear && !m.YearReported.AlreadyImplementedAtStart)
            .OrderBy(m => m.Number, StringComparer.Ordinal)
            .Select(m => (m.Number, m.Title))
            .ToList();
        return new CouncilReport(columns, byYear, newOfYear);
    }

    private static CouncilReportColumn Column(List<Measure> measures, DateOnly date)
    {
        var values = measures
            .Select(m => (Measure: m, Value: m.ProgressAt(date)))
            .Where(x => x.Value is not null)
            .Select(x => (x.Measure, Value: x.Value!.Value))
            .ToList();
        var byStatus = Enum.GetValues<MeasureStatus>().ToDictionary(
            status => status,
            status => new StatusFigures(values.Count(v => v.Value.Status == status), values.Where(v => v.Value.Status == status).Sum(v => v.Value.Points)));
        var scale = values.Where(v => ScaleStatuses.Contains(v.Value.Status)).ToList();
        var previous = ReportingDates.Previous(date);
        var newlyImplemented = values
            .Where(v => v.Value.Status == MeasureStatus.Implemented && v.Measure.StatusAt(previous) != MeasureStatus.Implemented)
            .Select(v => v.Measure.Number)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new CouncilReportColumn(date, byStatus, new StatusFigures(scale.Count, scale.Sum(v => v.Value.Points)), newlyImplemented);
    }
}

namespace OwlDigital.Portfolios;

/// <summary>A reporting date with how far its round has come.</summary>
public sealed record ReportingPeriodDto(Guid Id, DateOnly ReportingDate, bool IsClosed, int MeasureCount, int ReportedCount, string ConcurrencyStamp);

public sealed record OpenReportingPeriodDto(DateOnly ReportingDate);

/// <summary>One row of the progress sheet: the value of the date before beside the one being entered.</summary>
public sealed record ProgressSheetRowDto(
    Guid MeasureId,
    string Number,
    string Title,
    string OrgUnitCode,
    string? PreviousValue,
    string? Value,
    string ConcurrencyStamp);

public sealed record ProgressSheetDto(ReportingPeriodDto Period, DateOnly PreviousReportingDate, IReadOnlyList<ProgressSheetRowDto> Rows);

/// <summary>A value typed into the sheet: "0"…"10", "a", "g", or empty to withdraw; the measure's stamp as read.</summary>
public sealed record ProgressInputDto(Guid MeasureId, string? Value, string ConcurrencyStamp);

public sealed record SaveProgressDto(IReadOnlyList<ProgressInputDto> Entries);

public sealed record StatusFiguresDto(MeasureStatus Status, int Count, int Sum);

public sealed record CouncilReportColumnDto(
    DateOnly ReportingDate,
    IReadOnlyList<StatusFiguresDto> ByStatus,
    int TotalCount,
    int TotalSum,
    IReadOnlyList<string> NewlyImplemented);

public sealed record YearReportedCountDto(string YearReported, int Count);

public sealed record NewMeasureDto(string Number, string Title);

public sealed record CouncilReportDto(
    IReadOnlyList<CouncilReportColumnDto> Columns,
    IReadOnlyList<YearReportedCountDto> ByYearReported,
    int MeasureCount,
    IReadOnlyList<NewMeasureDto> NewOfLatestYear);

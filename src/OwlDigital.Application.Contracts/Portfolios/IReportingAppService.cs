using OwlDigital.Authorization;

namespace OwlDigital.Portfolios;

/// <summary>The half-yearly progress round and the council report of the current tenant.</summary>
public interface IReportingAppService
{
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<IReadOnlyList<ReportingPeriodDto>> GetPeriodsAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.ManagePeriods)]
    Task<ReportingPeriodDto> OpenPeriodAsync(OpenReportingPeriodDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.ManagePeriods)]
    Task<ReportingPeriodDto> ClosePeriodAsync(Guid periodId, CancellationToken cancellationToken = default);

    /// <summary>Opens a closed period again for corrections (recorded in the audit log).</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.ManagePeriods)]
    Task<ReportingPeriodDto> ReopenPeriodAsync(Guid periodId, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<ProgressSheetDto> GetProgressSheetAsync(Guid periodId, CancellationToken cancellationToken = default);

    /// <summary>Saves all entries or none: a bad value or a concurrent change names the measure and writes nothing.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Edit)]
    Task<ProgressSheetDto> SaveProgressAsync(Guid periodId, SaveProgressDto input, CancellationToken cancellationToken = default);

    /// <summary>Counts and sums by status for every reporting date that has a period.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<CouncilReportDto> GetCouncilReportAsync(CancellationToken cancellationToken = default);

    /// <summary>The report and the measures plan (layout of Anlage 4: one progress column per reporting date) as an Excel workbook.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<byte[]> ExportCouncilReportAsync(CancellationToken cancellationToken = default);

    /// <summary>The measures plan as CSV (semicolons, UTF-8 with BOM) in the layout the import reads.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Default)]
    Task<byte[]> ExportPlanCsvAsync(CancellationToken cancellationToken = default);
}

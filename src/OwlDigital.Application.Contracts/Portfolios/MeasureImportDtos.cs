using OwlDigital.Authorization;
using OwlDigital.Import;

namespace OwlDigital.Portfolios;

public sealed record MeasureImportRowDto(int Row, string Number, ImportAction Action);

/// <summary>What an import would do (preview) or did (commit). With problems, nothing is or was written.</summary>
public sealed record MeasureImportResultDto(
    bool Committed,
    int CreateCount,
    int UpdateCount,
    int UnchangedCount,
    IReadOnlyList<DateOnly> NewReportingDates,
    IReadOnlyList<MeasureImportRowDto> Rows,
    IReadOnlyList<ImportProblemDto> Problems);

public interface IMeasureImportAppService
{
    /// <summary>Reads the file (Excel .xlsx or CSV in the layout of the published measures plans) and says what an import would do; writes nothing.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Edit)]
    Task<MeasureImportResultDto> PreviewAsync(byte[] content, CancellationToken cancellationToken = default);

    /// <summary>Imports all rows or, when any row has a problem, none; importing the same file again changes nothing.</summary>
    [RequiresPermission(OwlDigitalPermissions.Portfolios.Edit)]
    Task<MeasureImportResultDto> ImportAsync(byte[] content, CancellationToken cancellationToken = default);
}

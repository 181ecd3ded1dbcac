using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.Import;

namespace OwlDigital.OnlineServices;

public interface IOnlineServiceAppService
{
    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Default)]
    Task<PagedResultDto<OnlineServiceDto>> GetListAsync(GetOnlineServiceListInput input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Default)]
    Task<OnlineServiceDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Edit)]
    Task<OnlineServiceDto> CreateAsync(SaveOnlineServiceDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Edit)]
    Task<OnlineServiceDto> UpdateAsync(Guid id, SaveOnlineServiceDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Default)]
    Task<ServiceReportDto> GetReportAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Default)]
    Task<CoverageDto> GetCoverageAsync(CancellationToken cancellationToken = default);

    /// <summary>The municipally relevant LeiKa services of one topic ("" for those without OZG service), gaps first.</summary>
    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Default)]
    Task<IReadOnlyList<CoverageEntryDto>> GetCoverageEntriesAsync(string topic, CancellationToken cancellationToken = default);

    /// <summary>The list in the layout of Anlage 6 (the layout the import reads), as Excel or CSV.</summary>
    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Default)]
    Task<byte[]> ExportAsync(bool excel, CancellationToken cancellationToken = default);
}

/// <summary>What an import of the list of online services would do (preview) or did (commit). With problems, nothing is or was written.</summary>
public sealed record OnlineServiceImportResultDto(
    bool Committed,
    int CreateCount,
    int UpdateCount,
    int UnchangedCount,
    IReadOnlyList<OnlineServiceImportRowDto> Rows,
    IReadOnlyList<ImportProblemDto> Problems);

public sealed record OnlineServiceImportRowDto(int Row, string Number, ImportAction Action);

public interface IOnlineServiceImportAppService
{
    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Edit)]
    Task<OnlineServiceImportResultDto> PreviewAsync(byte[] content, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.OnlineServices.Edit)]
    Task<OnlineServiceImportResultDto> ImportAsync(byte[] content, CancellationToken cancellationToken = default);
}

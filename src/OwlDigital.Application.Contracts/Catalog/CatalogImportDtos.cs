using OwlDigital.Import;

namespace OwlDigital.Catalog;

/// <summary>
/// What a catalogue import would do (preview) or did (commit). With problems nothing is or was
/// written. Entries of the catalogue that the file no longer lists are retired, never deleted.
/// </summary>
public sealed record CatalogImportResultDto(
    bool Committed,
    CatalogFileKind? Kind,
    int RowCount,
    int CreateCount,
    int UpdateCount,
    int UnchangedCount,
    int RetireCount,
    IReadOnlyList<ImportProblemDto> Problems);

public enum CatalogImportStage
{
    Reading = 1,
    Checking = 2,
    Writing = 3,
    Done = 4,
}

/// <summary>Reported while a long import runs, for a progress bar.</summary>
public sealed record CatalogImportProgress(CatalogImportStage Stage, int Done, int Total);

public interface ICatalogImportAppService
{
    /// <summary>Recognises the file by its header (the KDN NRW layouts, the LeiKa type codes) and says what an import would do; writes nothing.</summary>
    Task<CatalogImportResultDto> PreviewAsync(byte[] content, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Imports all rows or, when any row has a problem, none; importing the same file again changes nothing.</summary>
    Task<CatalogImportResultDto> ImportAsync(byte[] content, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default);
}

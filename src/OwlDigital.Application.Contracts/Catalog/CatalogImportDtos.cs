using OwlDigital.Authorization;
using OwlDigital.Import;

namespace OwlDigital.Catalog;

/// <summary>
/// What a catalogue import would do (preview) or did (commit). With problems nothing is or was
/// written. Entries of the catalogue that the file no longer lists are retired, never deleted,
/// and only when the import is told to (<see cref="CatalogImportOptions.RetireMissing"/>).
/// </summary>
/// <param name="RetireCount">Current entries the file no longer lists: retired when <paramref name="RetireApplied"/>, otherwise only named.</param>
/// <param name="RetireSample">The first of them, "key – name", so the person confirming sees what goes.</param>
/// <param name="OrphanCount">Tenants' online services mapped to them, which retiring would leave pointing at a retired entry.</param>
/// <param name="CurrentCount">Entries of the file's kind that were current before the import (retiring more than half needs <see cref="CatalogImportOptions.Force"/>).</param>
public sealed record CatalogImportResultDto(
    bool Committed,
    CatalogFileKind? Kind,
    int RowCount,
    int CreateCount,
    int UpdateCount,
    int UnchangedCount,
    int RetireCount,
    IReadOnlyList<ImportProblemDto> Problems,
    bool RetireApplied = false,
    IReadOnlyList<string>? RetireSample = null,
    int OrphanCount = 0,
    int CurrentCount = 0);

/// <summary>How a catalogue file is taken: by default it only adds and updates entries.</summary>
/// <param name="RetireMissing">Retire current entries of the file's kind that the file no longer lists (the file is the whole catalogue).</param>
/// <param name="Force">Retire even when that is more than half of the kind's current entries (almost always a truncated file).</param>
public sealed record CatalogImportOptions(bool RetireMissing = false, bool Force = false)
{
    public static readonly CatalogImportOptions AddAndUpdate = new();
}

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
    [RequiresPermission(OwlDigitalPermissions.Catalog.Manage)]
    Task<CatalogImportResultDto> PreviewAsync(byte[] content, CatalogImportOptions? options = null, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Imports all rows or, when any row has a problem, none; importing the same file again changes nothing.</summary>
    [RequiresPermission(OwlDigitalPermissions.Catalog.Manage)]
    Task<CatalogImportResultDto> ImportAsync(byte[] content, CatalogImportOptions? options = null, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default);
}

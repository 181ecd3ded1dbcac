using OwlDigital.Authorization;

namespace OwlDigital.Catalog;

/// <summary>Catalogue imports for host admins; the work is <see cref="CatalogFileImporter"/>'s.</summary>
public sealed class CatalogImportAppService(CatalogFileImporter importer) : ICatalogImportAppService
{
    public async Task<CatalogImportResultDto> PreviewAsync(byte[] content, CatalogImportOptions? options = null, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        return await importer.RunAsync(content, options ?? CatalogImportOptions.AddAndUpdate, commit: false, progress, cancellationToken);
    }

    public async Task<CatalogImportResultDto> ImportAsync(byte[] content, CatalogImportOptions? options = null, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        return await importer.RunAsync(content, options ?? CatalogImportOptions.AddAndUpdate, commit: true, progress, cancellationToken);
    }
}

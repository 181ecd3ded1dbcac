using OwlDigital.Authorization;

namespace OwlDigital.Catalog;

/// <summary>Catalogue imports for host admins; the work is <see cref="CatalogFileImporter"/>'s.</summary>
public sealed class CatalogImportAppService(CatalogFileImporter importer, IPermissionChecker permissionChecker) : ICatalogImportAppService
{
    public async Task<CatalogImportResultDto> PreviewAsync(byte[] content, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Catalog.Manage, cancellationToken);
        return await importer.RunAsync(content, commit: false, progress, cancellationToken);
    }

    public async Task<CatalogImportResultDto> ImportAsync(byte[] content, IProgress<CatalogImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Catalog.Manage, cancellationToken);
        return await importer.RunAsync(content, commit: true, progress, cancellationToken);
    }
}

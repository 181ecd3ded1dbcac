using OwlDigital.Authorization;

namespace OwlDigital.Catalog;

/// <summary>The reference catalogue: read by everyone signed in, written by host admins.</summary>
public interface ICatalogAppService
{
    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<CatalogSummaryDto> GetSummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>LeiKa services whose name, key or OZG service contains every word typed ("Einbürg" finds the naturalisation services).</summary>
    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<LeiKaServiceDto>> SearchLeiKaAsync(string? text, int take = 20, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<OzgServiceDto>> SearchOzgAsync(string? text, int take = 20, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<OzgTopicDto>> GetTopicsAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<OzgLifeSituationDto>> GetLifeSituationsAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<LeiKaTypeDto>> GetLeiKaTypesAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<MaturityLevelDto>> GetMaturityLevelsAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<EfaServiceDto>> GetEfaServicesAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Manage)]
    Task<EfaServiceDto> CreateEfaServiceAsync(SaveEfaServiceDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Default)]
    Task<IReadOnlyList<ProductDto>> GetProductsAsync(ProductKind? kind, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Catalog.Manage)]
    Task<ProductDto> CreateProductAsync(SaveProductDto input, CancellationToken cancellationToken = default);

    /// <summary>Tenants' mappings to entries a later import retired or renamed (host admins).</summary>
    [RequiresPermission(OwlDigitalPermissions.Catalog.Manage)]
    Task<IReadOnlyList<CatalogOrphanDto>> GetOrphansAsync(CancellationToken cancellationToken = default);
}

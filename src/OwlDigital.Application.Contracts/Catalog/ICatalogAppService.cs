namespace OwlDigital.Catalog;

/// <summary>The reference catalogue: read by everyone signed in, written by host admins.</summary>
public interface ICatalogAppService
{
    Task<CatalogSummaryDto> GetSummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>LeiKa services whose name, key or OZG service contains every word typed ("Einbürg" finds the naturalisation services).</summary>
    Task<IReadOnlyList<LeiKaServiceDto>> SearchLeiKaAsync(string? text, int take = 20, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OzgServiceDto>> SearchOzgAsync(string? text, int take = 20, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OzgTopicDto>> GetTopicsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OzgLifeSituationDto>> GetLifeSituationsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LeiKaTypeDto>> GetLeiKaTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MaturityLevelDto>> GetMaturityLevelsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EfaServiceDto>> GetEfaServicesAsync(CancellationToken cancellationToken = default);

    Task<EfaServiceDto> CreateEfaServiceAsync(SaveEfaServiceDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ProductDto>> GetProductsAsync(ProductKind? kind, CancellationToken cancellationToken = default);

    Task<ProductDto> CreateProductAsync(SaveProductDto input, CancellationToken cancellationToken = default);

    /// <summary>Tenants' mappings to entries a later import retired or renamed (host admins).</summary>
    Task<IReadOnlyList<CatalogOrphanDto>> GetOrphansAsync(CancellationToken cancellationToken = default);
}

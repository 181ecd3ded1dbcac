namespace OwlDigital.Catalog;

/// <summary>The host's reference catalogue. Readable by everyone signed in; written by catalogue imports and host admins.</summary>
public interface ICatalogRepository
{
    Task<List<OzgTopic>> GetTopicsAsync(CancellationToken cancellationToken = default);

    Task<List<OzgLifeSituation>> GetLifeSituationsAsync(CancellationToken cancellationToken = default);

    Task<List<LeiKaType>> GetLeiKaTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>All OZG services, retired ones included, tracked for an import to update.</summary>
    Task<List<OzgService>> GetOzgServicesForUpdateAsync(CancellationToken cancellationToken = default);

    /// <summary>All LeiKa services, retired ones included, tracked for an import to update.</summary>
    Task<List<LeiKaService>> GetLeiKaServicesForUpdateAsync(CancellationToken cancellationToken = default);

    /// <summary>How much of each part is loaded, counted by the database (the summary page must not load thousands of entries to count them).</summary>
    Task<CatalogCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The current (not retired) OZG services, untracked, for reading.</summary>
    /// <summary>The ids of every OZG service, retired ones too (what a LeiKa row may refer to).</summary>
    Task<HashSet<int>> GetOzgServiceIdsAsync(CancellationToken cancellationToken = default);

    Task<List<OzgService>> GetCurrentOzgServicesAsync(CancellationToken cancellationToken = default);

    Task<List<OzgService>> GetOzgServicesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);

    Task<List<LeiKaService>> GetLeiKaServicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    Task<List<LeiKaService>> GetLeiKaServicesByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Current (not retired) LeiKa services whose name, key or OZG service name contains every word of
    /// the text, best matches first: names starting with the text, then shorter names.
    /// </summary>
    Task<List<(LeiKaService Service, OzgService? Ozg)>> SearchLeiKaAsync(string text, int take, CancellationToken cancellationToken = default);

    Task<List<OzgService>> SearchOzgAsync(string text, int take, CancellationToken cancellationToken = default);

    /// <summary>Keys of current LeiKa services starting with the given digits, for "did you mean" hints.</summary>
    Task<List<LeiKaService>> GetLeiKaServicesWithKeyPrefixAsync(string prefix, int take, CancellationToken cancellationToken = default);

    /// <summary>Municipally relevant, current LeiKa services per OZG topic ("" where no OZG service is assigned).</summary>
    Task<Dictionary<string, int>> CountMunicipallyRelevantByTopicAsync(CancellationToken cancellationToken = default);

    Task<List<(LeiKaService Service, OzgService? Ozg)>> GetMunicipallyRelevantAsync(string? topic, CancellationToken cancellationToken = default);

    Task<List<EfaService>> GetEfaServicesAsync(CancellationToken cancellationToken = default);

    Task<List<CatalogProduct>> GetProductsAsync(ProductKind? kind, CancellationToken cancellationToken = default);

    Task AddAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : class;

    Task AddRangeAsync<TEntity>(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default)
        where TEntity : class;
}

public sealed record CatalogCounts(
    int Topics,
    int LifeSituations,
    int OzgServices,
    int LeiKaServices,
    int LeiKaServicesWithoutKey,
    int MunicipallyRelevantLeiKaServices,
    int RetiredEntries,
    int LeiKaTypes,
    int EfaServices,
    int Products);

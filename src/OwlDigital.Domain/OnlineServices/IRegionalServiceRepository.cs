namespace OwlDigital.OnlineServices;

/// <summary>Reads online services across all tenants, through the audited cross-tenant path. Callers check the permission.</summary>
public interface IRegionalServiceRepository
{
    /// <summary>
    /// Pairs of tenant and OZG service the tenant offers online: an online service whose current
    /// status is U, mapped to the OZG service directly or through one of its LeiKa services.
    /// </summary>
    Task<List<(Guid TenantId, int OzgServiceId)>> GetOnlineOzgServicesAsync(CancellationToken cancellationToken = default);

    /// <summary>Tenants' LeiKa mappings whose catalogue entry a later import retired or renamed.</summary>
    Task<List<CatalogOrphan>> GetOrphanedMappingsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// How many tenants' online services are mapped to these catalogue entries (through a LeiKa
    /// link or directly to the OZG service): what retiring them would leave orphaned.
    /// </summary>
    Task<int> CountMappedServicesAsync(IReadOnlyCollection<Guid> leikaServiceIds, IReadOnlyCollection<int> ozgServiceIds, CancellationToken cancellationToken = default);
}

public sealed record CatalogOrphan(
    Guid TenantId,
    string ServiceNumber,
    string ServiceTitle,
    string? KeyWhenMapped,
    string NameWhenMapped,
    string CurrentName,
    bool IsRetired);

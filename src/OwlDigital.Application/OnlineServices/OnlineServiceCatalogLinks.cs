using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;

namespace OwlDigital.OnlineServices;

/// <summary>
/// Checks what a service names in the catalogue: the OZG service must exist; LeiKa services come
/// by id (the picker) or key (API, import). A key that is not 14 digits or not in the catalogue is
/// refused with the closest keys the catalogue has, never dropped silently.
/// </summary>
public sealed class OnlineServiceCatalogLinks(ICatalogRepository catalog)
{
    public async Task<int?> CheckOzgServiceAsync(int? ozgServiceId, CancellationToken cancellationToken)
    {
        if (ozgServiceId is { } id && (await catalog.GetOzgServicesAsync([id], cancellationToken)).Count == 0)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Catalog.UnknownOzgService).WithDetail("OzgServiceId", id).ForField("OzgServiceId");
        }

        return ozgServiceId;
    }

    /// <summary>
    /// The catalogue entries for the ids and keys. A retired entry may stay mapped (the service keeps
    /// its history) but cannot be newly chosen.
    /// </summary>
    public Task<List<LeiKaService>> ResolveLeiKaAsync(OnlineService service, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ResolveLeiKaAsync(service.LeiKaLinks.Select(l => l.LeiKaServiceId).ToHashSet(), ids, keys, cancellationToken);

    /// <summary>Catalogue entries for keys newly chosen (a shared form's key): a retired entry is refused.</summary>
    public Task<List<LeiKaService>> ResolveLeiKaKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ResolveLeiKaAsync(new HashSet<Guid>(), [], keys, cancellationToken);

    /// <param name="alreadyMapped">Entries the caller maps already: these may be retired.</param>
    private async Task<List<LeiKaService>> ResolveLeiKaAsync(IReadOnlySet<Guid> alreadyMapped, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new List<LeiKaService>();
        if (ids.Count > 0)
        {
            var found = (await catalog.GetLeiKaServicesAsync(ids, cancellationToken)).ToDictionary(s => s.Id);
            foreach (var id in ids.Distinct())
            {
                if (!found.TryGetValue(id, out var entry) || (entry.IsRetired && !alreadyMapped.Contains(id)))
                {
                    throw new EntityNotFoundException(typeof(LeiKaService), id);
                }

                result.Add(entry);
            }
        }

        if (keys.Count > 0)
        {
            var cleaned = keys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct().ToList();
            if (cleaned.FirstOrDefault(k => !CatalogConsts.IsLeiKaKey(k)) is { } malformed)
            {
                throw new BusinessException(OwlDigitalErrorCodes.Catalog.InvalidLeiKaKey).WithDetail("Key", malformed).ForField("LeiKaKeys");
            }

            var byKey = (await catalog.GetLeiKaServicesByKeysAsync(cleaned, cancellationToken)).ToDictionary(s => s.Key!, StringComparer.Ordinal);
            foreach (var key in cleaned)
            {
                if (!byKey.TryGetValue(key, out var entry) || (entry.IsRetired && !alreadyMapped.Contains(entry.Id)))
                {
                    throw new BusinessException(OwlDigitalErrorCodes.Catalog.UnknownLeiKaKey)
                        .WithDetail("Key", key)
                        .WithDetail("Closest", string.Join(", ", await ClosestKeysAsync(key, cancellationToken)))
                        .ForField("LeiKaKeys");
                }

                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>Up to three catalogue entries sharing the longest leading digits with the key ("99001001000000 Abfallgebühr").</summary>
    public async Task<List<string>> ClosestKeysAsync(string key, CancellationToken cancellationToken)
    {
        for (var length = Math.Min(key.Length, CatalogConsts.LeiKaKeyLength) - 1; length >= 5; length--)
        {
            var candidates = await catalog.GetLeiKaServicesWithKeyPrefixAsync(key[..length], 3, cancellationToken);
            if (candidates.Count > 0)
            {
                return candidates.Select(c => $"{c.Key} {c.Name}").ToList();
            }
        }

        return [];
    }
}

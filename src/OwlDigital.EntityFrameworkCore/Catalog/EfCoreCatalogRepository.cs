using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Catalog;

public sealed class EfCoreCatalogRepository(OwlDigitalDbContext dbContext) : ICatalogRepository
{
    public Task<List<OzgTopic>> GetTopicsAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<OzgTopic>().OrderBy(t => t.Id).ToListAsync(cancellationToken);

    public Task<List<OzgLifeSituation>> GetLifeSituationsAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<OzgLifeSituation>().OrderBy(l => l.Id).ToListAsync(cancellationToken);

    public Task<List<LeiKaType>> GetLeiKaTypesAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<LeiKaType>().OrderBy(t => t.Id).ToListAsync(cancellationToken);

    public Task<List<OzgService>> GetOzgServicesForUpdateAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<OzgService>().ToListAsync(cancellationToken);

    public Task<List<LeiKaService>> GetLeiKaServicesForUpdateAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<LeiKaService>().ToListAsync(cancellationToken);

    public async Task<CatalogCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var leika = dbContext.Set<LeiKaService>();
        var ozg = dbContext.Set<OzgService>();
        return new CatalogCounts(
            await dbContext.Set<OzgTopic>().CountAsync(cancellationToken),
            await dbContext.Set<OzgLifeSituation>().CountAsync(cancellationToken),
            await ozg.CountAsync(s => !s.IsRetired, cancellationToken),
            await leika.CountAsync(s => !s.IsRetired, cancellationToken),
            await leika.CountAsync(s => !s.IsRetired && s.Key == null, cancellationToken),
            await leika.CountAsync(s => !s.IsRetired && s.MunicipallyRelevant, cancellationToken),
            await leika.CountAsync(s => s.IsRetired, cancellationToken) + await ozg.CountAsync(s => s.IsRetired, cancellationToken),
            await dbContext.Set<LeiKaType>().CountAsync(cancellationToken),
            await dbContext.Set<EfaService>().CountAsync(cancellationToken),
            await dbContext.Set<CatalogProduct>().CountAsync(cancellationToken));
    }

    public async Task<HashSet<int>> GetOzgServiceIdsAsync(CancellationToken cancellationToken = default) =>
        (await dbContext.Set<OzgService>().Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();

    public Task<List<OzgService>> GetCurrentOzgServicesAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<OzgService>().AsNoTracking().Where(s => !s.IsRetired).ToListAsync(cancellationToken);

    public Task<List<OzgService>> GetOzgServicesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        dbContext.Set<OzgService>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);

    public Task<List<LeiKaService>> GetLeiKaServicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        dbContext.Set<LeiKaService>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);

    public Task<List<LeiKaService>> GetLeiKaServicesByKeysAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        dbContext.Set<LeiKaService>().AsNoTracking().Where(s => s.Key != null && keys.Contains(s.Key)).ToListAsync(cancellationToken);

    public async Task<List<(LeiKaService Service, OzgService? Ozg)>> SearchLeiKaAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        var query =
            from leika in dbContext.Set<LeiKaService>().AsNoTracking()
            join ozg in dbContext.Set<OzgService>().AsNoTracking() on leika.OzgServiceId equals ozg.Id into ozgs
            from ozg in ozgs.DefaultIfEmpty()
            where !leika.IsRetired
            select new { leika, ozg };
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pattern = LikePattern.Contains(word);
            query = query.Where(x => EF.Functions.ILike(x.leika.Name, pattern) || (x.leika.Key != null && x.leika.Key.StartsWith(word))
                || (x.ozg != null && EF.Functions.ILike(x.ozg.Name, pattern)));
        }

        var prefix = LikePattern.Escape(text.Trim()) + "%";
        var rows = await query
            .OrderBy(x => EF.Functions.ILike(x.leika.Name, prefix) ? 0 : 1)
            .ThenBy(x => x.leika.Name.Length)
            .ThenBy(x => x.leika.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.leika, (OzgService?)r.ozg)).ToList();
    }

    public Task<List<OzgService>> SearchOzgAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        var query = dbContext.Set<OzgService>().AsNoTracking().Where(s => !s.IsRetired);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pattern = LikePattern.Contains(word);
            query = query.Where(s => EF.Functions.ILike(s.Name, pattern) || s.Id.ToString() == word);
        }

        return query.OrderBy(s => s.Name.Length).ThenBy(s => s.Name).Take(take).ToListAsync(cancellationToken);
    }

    public Task<List<LeiKaService>> GetLeiKaServicesWithKeyPrefixAsync(string prefix, int take, CancellationToken cancellationToken = default) =>
        dbContext.Set<LeiKaService>().AsNoTracking()
            .Where(s => !s.IsRetired && s.Key != null && s.Key.StartsWith(prefix))
            .OrderBy(s => s.Key)
            .Take(take)
            .ToListAsync(cancellationToken);

    public async Task<Dictionary<string, int>> CountMunicipallyRelevantByTopicAsync(CancellationToken cancellationToken = default)
    {
        var counts = await (
                from leika in dbContext.Set<LeiKaService>().AsNoTracking()
                join ozg in dbContext.Set<OzgService>().AsNoTracking() on leika.OzgServiceId equals ozg.Id into ozgs
                from ozg in ozgs.DefaultIfEmpty()
                where leika.MunicipallyRelevant && !leika.IsRetired
                group leika by ozg == null ? string.Empty : ozg.Topic into topic
                select new { Topic = topic.Key, Count = topic.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Topic, c => c.Count, StringComparer.Ordinal);
    }

    public async Task<List<(LeiKaService Service, OzgService? Ozg)>> GetMunicipallyRelevantAsync(string? topic, CancellationToken cancellationToken = default)
    {
        var query =
            from leika in dbContext.Set<LeiKaService>().AsNoTracking()
            join ozg in dbContext.Set<OzgService>().AsNoTracking() on leika.OzgServiceId equals ozg.Id into ozgs
            from ozg in ozgs.DefaultIfEmpty()
            where leika.MunicipallyRelevant && !leika.IsRetired
            select new { leika, ozg };
        if (topic is not null)
        {
            query = topic.Length == 0 ? query.Where(x => x.ozg == null) : query.Where(x => x.ozg != null && x.ozg.Topic == topic);
        }

        var rows = await query.OrderBy(x => x.leika.Name).ToListAsync(cancellationToken);
        return rows.Select(r => (r.leika, (OzgService?)r.ozg)).ToList();
    }

    public Task<List<EfaService>> GetEfaServicesAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<EfaService>().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<List<CatalogProduct>> GetProductsAsync(ProductKind? kind, CancellationToken cancellationToken = default) =>
        dbContext.Set<CatalogProduct>().Where(p => kind == null || p.Kind == kind).OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(cancellationToken);

    public async Task AddAsync<TEntity>(TEntity entity, CancellationToken cancellationToken = default)
        where TEntity : class =>
        await dbContext.Set<TEntity>().AddAsync(entity, cancellationToken);

    public Task AddRangeAsync<TEntity>(IEnumerable<TEntity> entities, CancellationToken cancellationToken = default)
        where TEntity : class =>
        dbContext.Set<TEntity>().AddRangeAsync(entities, cancellationToken);
}

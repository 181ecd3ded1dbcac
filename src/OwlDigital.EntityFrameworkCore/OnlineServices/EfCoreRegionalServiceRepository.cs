using Microsoft.EntityFrameworkCore;
using OwlDigital.Catalog;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;

namespace OwlDigital.OnlineServices;

public sealed class EfCoreRegionalServiceRepository(CrossTenantReader reader) : IRegionalServiceRepository
{
    public Task<List<(Guid TenantId, int OzgServiceId)>> GetOnlineOzgServicesAsync(CancellationToken cancellationToken = default) =>
        reader.ReadAsync("OnlineServicesRegional", async context =>
        {
            // Current status = the status at the service's latest reporting date.
            var online = context.Set<OnlineService>()
                .Where(s => context.Set<OnlineServiceStatusEntry>()
                    .Where(x => x.OnlineServiceId == s.Id)
                    .OrderByDescending(x => x.ReportingDate)
                    .Select(x => (ServiceStatus?)x.Status)
                    .FirstOrDefault() == ServiceStatus.Implemented);
            var direct = await online
                .Where(s => s.OzgServiceId != null)
                .Select(s => new { s.TenantId, OzgServiceId = s.OzgServiceId!.Value })
                .ToListAsync(cancellationToken);
            var throughLeiKa = await (
                    from s in online
                    join link in context.Set<OnlineServiceLeiKaLink>() on s.Id equals link.OnlineServiceId
                    join leika in context.Set<LeiKaService>() on link.LeiKaServiceId equals leika.Id
                    where leika.OzgServiceId != null
                    select new { s.TenantId, OzgServiceId = leika.OzgServiceId!.Value })
                .ToListAsync(cancellationToken);
            return direct.Concat(throughLeiKa).Select(x => (x.TenantId, x.OzgServiceId)).Distinct().ToList();
        }, cancellationToken);

    public Task<List<CatalogOrphan>> GetOrphanedMappingsAsync(CancellationToken cancellationToken = default) =>
        reader.ReadAsync("CatalogOrphans", context => (
                from link in context.Set<OnlineServiceLeiKaLink>()
                join leika in context.Set<LeiKaService>() on link.LeiKaServiceId equals leika.Id
                join service in context.Set<OnlineService>() on link.OnlineServiceId equals service.Id
                where leika.IsRetired || leika.Name != link.NameWhenMapped
                orderby service.TenantId, service.Number
                select new CatalogOrphan(service.TenantId, service.Number, service.Title, link.KeyWhenMapped, link.NameWhenMapped, leika.Name, leika.IsRetired))
            .ToListAsync(cancellationToken), cancellationToken);

    public Task<int> CountMappedServicesAsync(IReadOnlyCollection<Guid> leikaServiceIds, IReadOnlyCollection<int> ozgServiceIds, CancellationToken cancellationToken = default) =>
        reader.ReadAsync("CatalogRetireImpact", context => context.Set<OnlineService>()
            .Where(s => (s.OzgServiceId != null && ozgServiceIds.Contains(s.OzgServiceId.Value))
                || context.Set<OnlineServiceLeiKaLink>().Any(l => l.OnlineServiceId == s.Id && leikaServiceIds.Contains(l.LeiKaServiceId)))
            .CountAsync(cancellationToken), cancellationToken);
}

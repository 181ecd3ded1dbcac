using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.Tenants;

namespace OwlDigital.Sharing;

/// <summary>The DigitalBüro's view of sharing: most reused forms, EfA uptake, the tenants that share most.</summary>
public sealed class SharingRegionalAppService(ISharingRepository sharing, ICatalogRepository catalog, ITenantRepository tenants)
    : ISharingRegionalAppService
{
    public async Task<SharingRegionalDto> GetAsync(int top = 10, CancellationToken cancellationToken = default)
    {
        top = Math.Clamp(top, 1, 100);
        var (forms, adoptions, plans) = await sharing.GetRegionalAsync(cancellationToken);
        var adoptersPerForm = adoptions.GroupBy(a => a.FormId).ToDictionary(g => g.Key, g => g.Count());

        var mostReused = forms
            .Where(f => adoptersPerForm.ContainsKey(f.Id))
            .OrderByDescending(f => adoptersPerForm[f.Id]).ThenBy(f => f.Title, StringComparer.CurrentCulture)
            .Take(top)
            .Select(f => new ReusedFormDto(f.Id, f.Title, f.PublisherName, adoptersPerForm[f.Id], !f.IsPublished))
            .ToList();

        var efa = (await catalog.GetEfaServicesAsync(cancellationToken))
            .Select(s =>
            {
                var of = plans.Where(p => p.EfaServiceId == s.Id).ToList();
                return new EfaUptakeDto(
                    s.Id, s.Name, of.Count(p => p.State == EfaPlanState.InUse), of.Count(p => p.State == EfaPlanState.Planned),
                    of.Count(p => p.State == EfaPlanState.Interested), of.Count(p => p.State == EfaPlanState.Rejected));
            })
            .OrderByDescending(e => e.InUse + e.Planned).ThenByDescending(e => e.Interested).ThenBy(e => e.Name, StringComparer.CurrentCulture)
            .ToList();

        var names = (await tenants.GetAllAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var sharingTenants = forms.Select(f => f.TenantId).Concat(plans.Select(p => p.TenantId)).Distinct()
            .Select(id => new SharingTenantDto(
                id,
                names.GetValueOrDefault(id) ?? string.Empty,
                forms.Count(f => f.TenantId == id && f.IsPublished),
                adoptions.Count(a => a.PublisherTenantId == id),
                plans.Count(p => p.TenantId == id)))
            .OrderByDescending(t => t.TimesAdopted).ThenByDescending(t => t.FormsPublished).ThenByDescending(t => t.EfaPlansShared).ThenBy(t => t.TenantName, StringComparer.CurrentCulture)
            .Take(top)
            .ToList();

        return new SharingRegionalDto(mostReused, efa, sharingTenants);
    }
}

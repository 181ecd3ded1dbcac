using OwlDigital.Catalog;
using OwlDigital.Data;
using OwlDigital.MultiTenancy;
using OwlDigital.OnlineServices;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.Sharing;

/// <summary>
/// A few shared forms and EfA plans for the demo (run command's demo mode only), so the library,
/// the EfA page and the regional view have something to show. Invented for the demo: three EfA
/// services by the states that really build them, forms named after common municipal services.
/// </summary>
public sealed class DemoSharingDataSeedContributor(
    ITenantRepository tenants,
    ICatalogRepository catalog,
    ISharingRepository sharing,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string Wohngeld = "Wohngeld digital";

    private static readonly (string Name, string State)[] EfaServices =
    [
        (Wohngeld, "Nordrhein-Westfalen"),
        ("Digitaler Bauantrag", "Mecklenburg-Vorpommern"),
        ("Elterngeld digital", "Bremen"),
    ];

    /// <summary>Who stands where: AGS, EfA service, state, planned date, reason.</summary>
    private static readonly (string Ags, string Service, EfaPlanState State, DateOnly? Planned, string? Reason)[] Plans =
    [
        ("05770024", Wohngeld, EfaPlanState.InUse, null, null),
        ("05711000", Wohngeld, EfaPlanState.Planned, new DateOnly(2027, 3, 1), null),
        ("05774032", Wohngeld, EfaPlanState.Interested, null, null),
        ("05766", "Digitaler Bauantrag", EfaPlanState.InUse, null, null),
        ("05774", "Digitaler Bauantrag", EfaPlanState.Planned, new DateOnly(2026, 12, 1), null),
        ("05766020", "Elterngeld digital", EfaPlanState.Rejected, null, "Elterngeld bearbeitet der Kreis; die Stadt stellt keinen eigenen Antrag bereit."),
    ];

    private static readonly (string Ags, string Title, string Tool, FormFormat Format, SharingVisibility Visibility)[] Forms =
    [
        ("05770024", "Sondernutzungserlaubnis beantragen", "Form-Solutions", FormFormat.SmartAssistant, SharingVisibility.Region),
        ("05770024", "Hundesteuer an- und abmelden", "Form-Solutions", FormFormat.SmartAssistant, SharingVisibility.Region),
        ("05711000", "Anwohnerparkausweis beantragen", "Form-Solutions", FormFormat.FillablePdf, SharingVisibility.Region),
        ("05774032", "Straßenaufbruch anzeigen", "cit intelliForm", FormFormat.SmartAssistant, SharingVisibility.District),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.DemoUserPassword is null || (await catalog.GetEfaServicesAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var byAgs = (await tenants.GetAllAsync(cancellationToken)).ToDictionary(t => t.Ags);
        if (!byAgs.ContainsKey("05770024"))
        {
            return;
        }

        var services = new Dictionary<string, EfaService>();
        foreach (var (name, state) in EfaServices)
        {
            services[name] = new EfaService(Guid.NewGuid(), name, null, state, EfaStatus.Available);
            await catalog.AddAsync(services[name], cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        foreach (var (ags, service, state, planned, reason) in Plans.Where(p => byAgs.ContainsKey(p.Ags)))
        {
            var tenant = byAgs[ags];
            using (currentTenant.Change(tenant.Id))
            {
                var plan = new EfaAdoptionPlan(Guid.NewGuid(), services[service].Id, tenant.Name, tenant.DistrictKey);
                plan.Update(state, planned, reason, null, $"digitalisierung@{ags}.owl-demo.example", isShared: true);
                await sharing.InsertPlanAsync(plan, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }

        foreach (var (ags, title, tool, format, visibility) in Forms.Where(f => byAgs.ContainsKey(f.Ags)))
        {
            var tenant = byAgs[ags];
            using (currentTenant.Change(tenant.Id))
            {
                var details = new SharedFormDetails(
                    title, null, null, null, tool, null, format, "Beispiel aus der Demo: das Formular mit Hinweistexten und Prüfregeln.", "frei nachnutzbar", $"digitalisierung@{ags}.owl-demo.example", visibility);
                await sharing.InsertFormAsync(new SharedForm(Guid.NewGuid(), tenant.Name, tenant.DistrictKey, details, "Erste Fassung", now), cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }

        context.CountChange("demo EfA plans and shared forms created", Plans.Length + Forms.Length);
    }
}

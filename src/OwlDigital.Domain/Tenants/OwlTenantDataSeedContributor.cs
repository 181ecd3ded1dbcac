using OwlDigital.Data;
using OwlDigital.Uow;

namespace OwlDigital.Tenants;

/// <summary>
/// Brings the 76 OWL tenants to the state of the shipped seed: creates missing ones (by AGS) and
/// updates name, population and location of existing ones, so a new statistics extract can be
/// rolled out by running the migrator again. Tenants created by hand are left alone.
/// </summary>
public sealed class OwlTenantDataSeedContributor(
    ITenantRepository tenantRepository,
    TenantManager tenantManager,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var seed = OwlTenantSeed.Load();
        var existing = (await tenantRepository.GetAllAsync(cancellationToken)).ToDictionary(t => t.Ags, StringComparer.Ordinal);

        foreach (var entry in seed.Tenants)
        {
            if (existing.TryGetValue(entry.Ags, out var tenant))
            {
                if (tenant.Name != entry.Name || tenant.Population != entry.Population
                    || tenant.Latitude != entry.Latitude || tenant.Longitude != entry.Longitude)
                {
                    tenant.SetName(entry.Name);
                    tenant.SetPopulation(entry.Population);
                    tenant.SetLocation(entry.Latitude, entry.Longitude);
                    context.CountChange("tenants updated");
                }

                continue;
            }

            var created = await tenantManager.CreateAsync(
                entry.Name, entry.Kind, entry.Ags, entry.Ars, entry.Population, entry.Latitude, entry.Longitude, cancellationToken);
            await tenantRepository.InsertAsync(created, cancellationToken);
            context.CountChange("tenants created");
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.Localization;
using OwlDigital.Tenants;

namespace OwlDigital;

public static class OwlDigitalDomainServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalDomain(this IServiceCollection services)
    {
        services.AddOwlDigitalLocalization();
        services.AddScoped<TenantManager>();
        services.AddScoped<OwlDigitalDbMigrationService>();
        services.AddScoped<IDataSeedContributor, OwlTenantDataSeedContributor>();
        return services;
    }
}

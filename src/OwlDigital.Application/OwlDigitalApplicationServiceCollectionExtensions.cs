using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Tenants;

namespace OwlDigital;

public static class OwlDigitalApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalApplication(this IServiceCollection services)
    {
        services.AddOwlDigitalDomain();
        services.AddScoped<ITenantAppService, TenantAppService>();
        return services;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital;

public static class OwlDigitalEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionStrings = OwlDigitalConnectionStrings.FromConfiguration(configuration);
        services.AddSingleton(connectionStrings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditPropertiesInterceptor>();
        services.AddDbContext<OwlDigitalDbContext>((provider, options) =>
        {
            options.UseOwlDigitalNpgsql(connectionStrings.Application);
            options.AddInterceptors(provider.GetRequiredService<AuditPropertiesInterceptor>());
        });
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<OwlDigitalDbContext>());
        services.AddScoped<IOwlDigitalDbSchemaMigrator, EfCoreOwlDigitalDbSchemaMigrator>();
        services.AddScoped<ITenantRepository, EfCoreTenantRepository>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.Auditing;
using OwlDigital.Authorization;
using OwlDigital.Portfolios;
using OwlDigital.Tenants;

namespace OwlDigital;

public static class OwlDigitalApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalApplication(this IServiceCollection services)
    {
        services.AddOwlDigitalDomain();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<ITenantAppService, TenantAppService>();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IOrgUnitAppService, OrgUnitAppService>();
        services.AddScoped<IAuditLogAppService, AuditLogAppService>();
        return services;
    }
}

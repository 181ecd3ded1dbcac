using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.Auditing;
using OwlDigital.Authorization;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.Tenants;
using OwlDigital.Users;

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
        services.AddScoped<IUserAdminAppService, UserAdminAppService>();
        services.AddScoped<ITenantMemberAppService, TenantMemberAppService>();
        return services;
    }
}

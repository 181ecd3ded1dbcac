using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Auditing;
using OwlDigital.Catalog;
using OwlDigital.Data;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.Tenants;
using OwlDigital.Sharing;
using OwlDigital.Notifications;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital;

public static class OwlDigitalEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionStrings = OwlDigitalConnectionStrings.FromConfiguration(configuration);
        services.AddSingleton(connectionStrings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditPropertiesInterceptor>();
        services.AddSingleton<MultiTenancySaveChangesInterceptor>();
        services.AddSingleton<TenantSettingInterceptor>();
        services.AddSingleton<AccountSessionInvalidationInterceptor>();
        services.AddSingleton<AuditLogSaveChangesInterceptor>();
        services.AddSingleton<AccessChangeInterceptor>();
        services.AddDbContext<OwlDigitalDbContext>((provider, options) =>
        {
            options.UseOwlDigitalNpgsql(connectionStrings.Application);
            options.AddInterceptors(
                provider.GetRequiredService<AuditPropertiesInterceptor>(),
                provider.GetRequiredService<MultiTenancySaveChangesInterceptor>(),
                provider.GetRequiredService<TenantSettingInterceptor>(),
                provider.GetRequiredService<AccountSessionInvalidationInterceptor>(),
                provider.GetRequiredService<AuditLogSaveChangesInterceptor>(),
                provider.GetRequiredService<AccessChangeInterceptor>());
        });
        services.AddIdentityCore<OwlUser>(OwlDigitalIdentityOptions.Configure)
            .AddEntityFrameworkStores<OwlDigitalDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName);

        // One key ring in the database for every process and instance: sign-in cookies, bearer
        // tokens, antiforgery and password-reset tokens survive restarts and work on any instance.
        services.AddDataProtection()
            .SetApplicationName("OwlDigital")
            .PersistKeysToDbContext<OwlDigitalDbContext>();
        services.AddScoped<IUnitOfWork>(provider => provider.GetRequiredService<OwlDigitalDbContext>());
        services.AddScoped<IOwlDigitalDbSchemaMigrator, EfCoreOwlDigitalDbSchemaMigrator>();
        services.AddScoped<ITenantRepository, EfCoreTenantRepository>();
        services.AddScoped<ISharingRepository, EfCoreSharingRepository>();
        services.AddScoped<INotificationRepository, EfCoreNotificationRepository>();
        services.AddScoped<IMembershipRepository, EfCoreMembershipRepository>();
        services.AddScoped<IMembershipInvitationRepository, EfCoreMembershipInvitationRepository>();
        services.AddScoped<IOrgUnitRepository, EfCoreOrgUnitRepository>();
        services.AddScoped<IMeasureRepository, EfCoreMeasureRepository>();
        services.AddScoped<IReportingPeriodRepository, EfCoreReportingPeriodRepository>();
        services.AddScoped<IProgramRepository, EfCoreProgramRepository>();
        services.AddScoped<ICatalogRepository, EfCoreCatalogRepository>();
        services.AddScoped<IOnlineServiceRepository, EfCoreOnlineServiceRepository>();
        services.AddScoped<IRegionalServiceRepository, EfCoreRegionalServiceRepository>();
        services.AddScoped<IProfileVersionRepository, EfCoreProfileVersionRepository>();
        services.AddScoped<ISurveyRepository, EfCoreSurveyRepository>();
        services.AddScoped<IAuditLogRepository, EfCoreAuditLogRepository>();
        services.AddScoped<IUserRepository, EfCoreUserRepository>();
        services.AddScoped<CrossTenantReader>();
        return services;
    }
}

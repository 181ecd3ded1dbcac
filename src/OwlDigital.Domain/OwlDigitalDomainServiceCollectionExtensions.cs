using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OwlDigital.Emailing;
using OwlDigital.Data;
using OwlDigital.Localization;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.Users;
using OwlDigital.Tenants;

namespace OwlDigital;

public static class OwlDigitalDomainServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalDomain(this IServiceCollection services)
    {
        services.AddOwlDigitalLocalization();
        services.AddScoped<ICurrentTenant, CurrentTenant>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<TenantManager>();
        services.AddScoped<TenantAccessChecker>();
        services.AddSingleton<Authorization.AccessChangeSignal>();
        services.AddScoped<Authorization.CurrentAccess>();
        services.AddScoped<TenantFeatureChecker>();
        services.AddScoped<OrgUnitManager>();
        services.AddScoped<MeasureManager>();
        services.AddScoped<OnlineServiceManager>();
        services.AddScoped<Surveys.SurveyPublicationManager>();
        services.AddScoped<Surveys.SurveyRoundFiguresManager>();
        services.AddScoped<OwlDigitalDbMigrationService>();
        services.AddScoped<UserAccountManager>();
        services.AddScoped<UserInvitationManager>();
        services.AddScoped<TwoFactorManager>();
        services.AddScoped<AccountSecurityNotices>();
        services.AddSingleton<AccountSessionCache>();
        services.AddScoped<MembershipManager>();
        services.AddOptions<EmailingOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEmailSender, PickupDirectoryEmailSender>();

        // Order matters: the demo users need the tenants.
        services.AddScoped<IDataSeedContributor, OwlTenantDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoUserDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoPortfolioDataSeedContributor>();
        return services;
    }
}

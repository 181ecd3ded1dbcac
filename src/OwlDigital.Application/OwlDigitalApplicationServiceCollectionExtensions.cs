using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OwlDigital.Account;
using OwlDigital.Auditing;
using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.Data;
using OwlDigital.Memberships;
using OwlDigital.Notifications;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.Profiles;
using OwlDigital.Sharing;
using OwlDigital.Surveys;
using OwlDigital.Portfolios.Import;
using OwlDigital.Tenants;
using OwlDigital.Users;
using OwlDigital.Uow;

namespace OwlDigital;

public static class OwlDigitalApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalApplication(this IServiceCollection services)
    {
        services.AddOwlDigitalDomain();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<AppServiceScope>();
        services.AddAppService<ITenantAppService, TenantAppService>();
        services.AddAppService<IAccountAppService, AccountAppService>();
        services.AddAppService<IOrgUnitAppService, OrgUnitAppService>();
        services.AddAppService<IMeasureAppService, MeasureAppService>();
        services.AddAppService<IReportingAppService, ReportingAppService>();
        services.AddAppService<IPublicPortfolioAppService, PublicPortfolioAppService>();
        services.AddAppService<IMeasureImportAppService, MeasureImportAppService>();
        services.AddAppService<IProgramAppService, ProgramAppService>();
        services.AddAppService<IAuditLogAppService, AuditLogAppService>();
        services.AddAppService<IUserAdminAppService, UserAdminAppService>();
        services.AddAppService<ITenantMemberAppService, TenantMemberAppService>();
        services.AddAppService<IMembershipInvitationAppService, MembershipInvitationAppService>();
        services.AddAppService<ICatalogAppService, CatalogAppService>();
        services.AddAppService<ICatalogImportAppService, CatalogImportAppService>();
        services.AddAppService<IOnlineServiceAppService, OnlineServiceAppService>();
        services.AddAppService<IOnlineServiceImportAppService, OnlineServiceImportAppService>();
        services.AddAppService<IRegionalServiceAppService, RegionalServiceAppService>();
        services.AddAppService<IDigitalProfileAppService, DigitalProfileAppService>();
        services.AddAppService<IPeerAppService, PeerAppService>();
        services.AddAppService<ISurveyAppService, SurveyAppService>();
        services.AddAppService<ISurveyReportAppService, SurveyReportAppService>();
        services.AddAppService<ISharedFormAppService, SharedFormAppService>();
        services.AddAppService<IEfaPlanAppService, EfaPlanAppService>();
        services.AddAppService<ISharingRegionalAppService, SharingRegionalAppService>();
        services.AddAppService<INotificationAppService, NotificationAppService>();
        services.AddScoped<OnlineServiceCatalogLinks>();

        // The virus-scanning hook: an installation with a scanner registers its own before this.
        services.TryAddSingleton<IAttachmentScanner, NoAttachmentScanner>();
        services.AddScoped<CatalogFileImporter>();

        // After the domain's demo tenants, users and portfolios: the demo services need the catalogue.
        services.AddScoped<IDataSeedContributor, DemoCatalogDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoOnlineServiceDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoSurveyDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, SurveyPublicationSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoSharingDataSeedContributor>();
        return services;
    }
}

using OwlDigital.Memberships;

namespace OwlDigital.Authorization;

/// <summary>
/// Which role holds which permission. Host roles' permissions apply on the host side only and
/// never grant work inside a tenant; tenant roles' permissions apply in their own tenant only.
/// </summary>
public static class RolePermissions
{
    private static readonly IReadOnlyDictionary<MembershipRole, IReadOnlySet<string>> Grants = new Dictionary<MembershipRole, IReadOnlySet<string>>
    {
        [MembershipRole.HostAdmin] = new HashSet<string>
        {
            OwlDigitalPermissions.Tenants.Manage,
            OwlDigitalPermissions.Tenants.ManageFeatures,
            OwlDigitalPermissions.Users.Default,
            OwlDigitalPermissions.Users.Manage,
            OwlDigitalPermissions.AuditLogs.All,
            OwlDigitalPermissions.Regional.Default,
            OwlDigitalPermissions.Catalog.Default,
            OwlDigitalPermissions.Catalog.Manage,
            OwlDigitalPermissions.Surveys.Default,
            OwlDigitalPermissions.Surveys.Manage,
            OwlDigitalPermissions.Surveys.Publish,
            OwlDigitalPermissions.Surveys.Monitor,
        },
        [MembershipRole.RegionalAnalyst] = new HashSet<string>
        {
            OwlDigitalPermissions.Regional.Default,
            OwlDigitalPermissions.Catalog.Default,
            OwlDigitalPermissions.Surveys.Default,
            OwlDigitalPermissions.Surveys.Monitor,
            OwlDigitalPermissions.Surveys.Publish,
        },

        // The interviewer's work (survey answers for their district) arrives with the survey module.
        [MembershipRole.DistrictInterviewer] = new HashSet<string>
        {
            OwlDigitalPermissions.Catalog.Default,
            OwlDigitalPermissions.Surveys.Default,
            OwlDigitalPermissions.Surveys.Interview,
        },
        [MembershipRole.TenantAdmin] = new HashSet<string>
        {
            OwlDigitalPermissions.Memberships.Default,
            OwlDigitalPermissions.Memberships.Manage,
            OwlDigitalPermissions.AuditLogs.Default,
            OwlDigitalPermissions.OrgUnits.Default,
            OwlDigitalPermissions.OrgUnits.Edit,
            OwlDigitalPermissions.Portfolios.Default,
            OwlDigitalPermissions.Portfolios.Edit,
            OwlDigitalPermissions.Portfolios.ManagePeriods,
            OwlDigitalPermissions.Portfolios.ManagePrograms,
            OwlDigitalPermissions.OnlineServices.Default,
            OwlDigitalPermissions.OnlineServices.Edit,
            OwlDigitalPermissions.Catalog.Default,
            OwlDigitalPermissions.Profiles.Default,
            OwlDigitalPermissions.Profiles.Edit,
            OwlDigitalPermissions.Surveys.Default,
            OwlDigitalPermissions.Surveys.Respond,
            OwlDigitalPermissions.Sharing.Default,
            OwlDigitalPermissions.Sharing.Publish,
            OwlDigitalPermissions.Sharing.Adopt,
        },
        [MembershipRole.TenantEditor] = new HashSet<string>
        {
            OwlDigitalPermissions.Memberships.Default,
            OwlDigitalPermissions.OrgUnits.Default,
            OwlDigitalPermissions.OrgUnits.Edit,
            OwlDigitalPermissions.Portfolios.Default,
            OwlDigitalPermissions.Portfolios.Edit,
            OwlDigitalPermissions.OnlineServices.Default,
            OwlDigitalPermissions.OnlineServices.Edit,
            OwlDigitalPermissions.Catalog.Default,
            OwlDigitalPermissions.Profiles.Default,
            OwlDigitalPermissions.Profiles.Edit,
            OwlDigitalPermissions.Surveys.Default,
            OwlDigitalPermissions.Sharing.Default,
            OwlDigitalPermissions.Sharing.Publish,
            OwlDigitalPermissions.Sharing.Adopt,
        },
        [MembershipRole.TenantViewer] = new HashSet<string>
        {
            OwlDigitalPermissions.OrgUnits.Default,
            OwlDigitalPermissions.Portfolios.Default,
            OwlDigitalPermissions.OnlineServices.Default,
            OwlDigitalPermissions.Catalog.Default,
            OwlDigitalPermissions.Profiles.Default,
            OwlDigitalPermissions.Surveys.Default,
            OwlDigitalPermissions.Sharing.Default,
        },
    };

    public static IReadOnlySet<string> For(MembershipRole role) => Grants.TryGetValue(role, out var permissions) ? permissions : new HashSet<string>();
}

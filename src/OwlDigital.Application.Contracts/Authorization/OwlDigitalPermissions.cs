using System.Reflection;

namespace OwlDigital.Authorization;

/// <summary>
/// Every permission of the application, by module. Each is registered as an authorization policy
/// of the same name and granted to roles in <see cref="RolePermissions"/>.
/// </summary>
public static class OwlDigitalPermissions
{
    public const string Prefix = "OwlDigital";

    public static class Tenants
    {
        /// <summary>Edit tenants' details, activate and deactivate them (host).</summary>
        public const string Manage = Prefix + ".Tenants.Manage";

        /// <summary>Switch per-tenant features on and off (host).</summary>
        public const string ManageFeatures = Prefix + ".Tenants.ManageFeatures";
    }

    public static class Users
    {
        /// <summary>See all users and their memberships (host).</summary>
        public const string Default = Prefix + ".Users";

        /// <summary>Invite users, assign and remove any role (host).</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Memberships
    {
        /// <summary>See who works in the current tenant.</summary>
        public const string Default = Prefix + ".Memberships";

        /// <summary>Invite people into the current tenant and change their tenant roles.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class AuditLogs
    {
        /// <summary>The current tenant's audit log.</summary>
        public const string Default = Prefix + ".AuditLogs";

        /// <summary>The whole audit log, host and all tenants.</summary>
        public const string All = Default + ".All";
    }

    public static class Regional
    {
        /// <summary>Read regional comparisons across tenants.</summary>
        public const string Default = Prefix + ".Regional";
    }

    public static class OrgUnits
    {
        public const string Default = Prefix + ".OrgUnits";

        public const string Edit = Default + ".Edit";
    }

    public static class Portfolios
    {
        /// <summary>Read the measures plan, its progress and the council report.</summary>
        public const string Default = Prefix + ".Portfolios";

        /// <summary>Create and change measures; enter progress while a period is open.</summary>
        public const string Edit = Default + ".Edit";

        /// <summary>Open, close and reopen reporting periods.</summary>
        public const string ManagePeriods = Default + ".ManagePeriods";

        /// <summary>Set up programs and their targets, enter manual target figures.</summary>
        public const string ManagePrograms = Default + ".ManagePrograms";
    }

    public static class Catalog
    {
        /// <summary>Read the reference catalogue (OZG, LeiKa, EfA, product lists): everyone signed in.</summary>
        public const string Default = Prefix + ".Catalog";

        /// <summary>Import catalogue files and keep the EfA and product lists (host).</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class OnlineServices
    {
        /// <summary>Read the tenant's online services, their figures and catalogue coverage.</summary>
        public const string Default = Prefix + ".OnlineServices";

        /// <summary>Create and change online services, import the list.</summary>
        public const string Edit = Default + ".Edit";
    }

    public static class Profiles
    {
        /// <summary>Read the tenant's digital profile and its history.</summary>
        public const string Default = Prefix + ".Profiles";

        /// <summary>Answer the profile's chapters.</summary>
        public const string Edit = Default + ".Edit";
    }

    public static class Surveys
    {
        /// <summary>See the survey rounds.</summary>
        public const string Default = Prefix + ".Surveys";

        /// <summary>Create and open rounds (host).</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>
        /// Close a round and publish its report (host). Separate from <see cref="Manage"/> because the
        /// DigitalBüro's analyst, who follows completion, decides when a round is complete.
        /// </summary>
        public const string Publish = Default + ".Publish";

        /// <summary>Follow the completion of a round across the region (host).</summary>
        public const string Monitor = Default + ".Monitor";

        /// <summary>Complete and sign off the tenant's own response.</summary>
        public const string Respond = Default + ".Respond";

        /// <summary>Enter responses for the tenants of one's district during the interview (host, district-scoped).</summary>
        public const string Interview = Default + ".Interview";
    }

    public static IReadOnlyList<string> All { get; } = typeof(OwlDigitalPermissions)
        .GetNestedTypes()
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    public static class Sharing
    {
        /// <summary>Browse the form library and the EfA plans of OWL, ask, see one's notifications.</summary>
        public const string Default = Prefix + ".Sharing";

        /// <summary>Publish forms (new versions, withdraw), keep the tenant's EfA plans, answer questions.</summary>
        public const string Publish = Default + ".Publish";

        /// <summary>Adopt another tenant's form (creates an online service).</summary>
        public const string Adopt = Default + ".Adopt";
    }
}

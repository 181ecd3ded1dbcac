using OwlDigital.Data;
using OwlDigital.Memberships;
using OwlDigital.Tenants;

namespace OwlDigital.Users;

/// <summary>
/// Demo logins for trying the application: only when the seeding run carries a demo password,
/// which the migrator passes in the Development environment only (run.sh generates it per
/// installation, so no password is in the repository).
/// </summary>
public sealed class DemoUserDataSeedContributor(UserAccountManager accounts, ITenantRepository tenants) : IDataSeedContributor
{
    public const string EmailDomain = "owl-demo.example";

    /// <summary>Tenants with a demo CDO and editor, by AGS: Minden, Bielefeld, Paderborn, Kreis Lippe.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoTenants = new Dictionary<string, string>
    {
        ["05770024"] = "minden",
        ["05711000"] = "bielefeld",
        ["05774032"] = "paderborn",
        ["05766"] = "kreis-lippe",
    };

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.DemoUserPassword is not { } password)
        {
            return;
        }

        var added = 0;
        var admin = await accounts.EnsureUserAsync($"admin@{EmailDomain}", "Demo Host-Admin (DigitalBüro)", password, cancellationToken);
        added += await Count(accounts.EnsureMembershipAsync(admin, MembershipRole.HostAdmin, null, cancellationToken: cancellationToken));
        var analyst = await accounts.EnsureUserAsync($"analyst@{EmailDomain}", "Demo Regionalanalyse", password, cancellationToken);
        added += await Count(accounts.EnsureMembershipAsync(analyst, MembershipRole.RegionalAnalyst, null, cancellationToken: cancellationToken));

        foreach (var district in OwlDistricts.All)
        {
            var interviewer = await accounts.EnsureUserAsync($"interviewer-{district.Key}@{EmailDomain}", $"Demo Regionalpat*in {district.Name}", password, cancellationToken);
            added += await Count(accounts.EnsureMembershipAsync(interviewer, MembershipRole.DistrictInterviewer, null, district.Key, cancellationToken));
        }

        var all = (await tenants.GetAllAsync(cancellationToken)).ToDictionary(t => t.Ags);
        foreach (var (ags, slug) in DemoTenants)
        {
            var tenant = all[ags];
            var cdo = await accounts.EnsureUserAsync($"cdo-{slug}@{EmailDomain}", $"Demo CDO {tenant.Name}", password, cancellationToken);
            added += await Count(accounts.EnsureMembershipAsync(cdo, MembershipRole.TenantAdmin, tenant.Id, cancellationToken: cancellationToken));
            var editor = await accounts.EnsureUserAsync($"editor-{slug}@{EmailDomain}", $"Demo Lots*in {tenant.Name}", password, cancellationToken);
            added += await Count(accounts.EnsureMembershipAsync(editor, MembershipRole.TenantEditor, tenant.Id, cancellationToken: cancellationToken));
        }

        // District staff also help their municipalities: the Kreis Lippe CDO may read Detmold too.
        var lippeCdo = await accounts.EnsureUserAsync($"cdo-kreis-lippe@{EmailDomain}", "Demo CDO Kreis Lippe", password, cancellationToken);
        added += await Count(accounts.EnsureMembershipAsync(lippeCdo, MembershipRole.TenantViewer, all["05766020"].Id, cancellationToken: cancellationToken));

        context.CountChange("demo memberships created", added);
    }

    private static async Task<int> Count(Task<bool> added) => await added ? 1 : 0;
}

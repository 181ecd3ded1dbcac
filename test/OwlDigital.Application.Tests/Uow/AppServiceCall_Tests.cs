using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Tenants;

namespace OwlDigital.Application.Tests.Uow;

/// <summary>A Blazor circuit is one scope in which layout and page call app services at the same time.</summary>
public class AppServiceCall_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Concurrent_Calls_From_One_Scope_Should_Not_Share_A_DbContext()
    {
        var minden = await database.TenantIdAsync("05770024");
        var user = await database.CreateAsync("parallel@minden.test", MembershipRole.TenantAdmin, minden);

        var completed = await database.AsUserAsync(user, minden, async services =>
        {
            var account = services.GetRequiredService<IAccountAppService>();
            var tenants = services.GetRequiredService<ITenantAppService>();
            var orgUnits = services.GetRequiredService<IOrgUnitAppService>();
            var calls = Enumerable.Range(0, 8).SelectMany(_ => new Task[]
            {
                account.GetCurrentAsync(),
                tenants.GetListAsync(new GetTenantListInput { Take = 100 }),
                orgUnits.GetListAsync(),
            }).ToArray();
            await Task.WhenAll(calls);
            return calls.Count(c => c.IsCompletedSuccessfully);
        });

        completed.ShouldBe(24);
    }

    [Fact]
    public async Task A_Call_Should_Work_As_The_Callers_User_In_The_Callers_Tenant_At_Call_Time()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var user = await database.CreateAsync("caller@both.test", MembershipRole.TenantEditor, minden);
        await database.CreateAsync("caller@both.test", MembershipRole.TenantViewer, bielefeld);

        var (inMinden, inBielefeld) = await database.AsUserAsync(user, minden, async services =>
        {
            var account = services.GetRequiredService<IAccountAppService>();
            var first = await account.GetCurrentAsync();

            // The tenant switcher changes the caller's tenant; the next call must follow it.
            using (services.GetRequiredService<ICurrentTenant>().Change(bielefeld))
            {
                return (first, await account.GetCurrentAsync());
            }
        });

        inMinden.Email.ShouldBe("caller@both.test");
        inMinden.CurrentTenantName.ShouldBe("Minden, Stadt");
        inMinden.GrantedPermissions.ShouldContain(OwlDigitalPermissions.OrgUnits.Edit);
        inBielefeld.CurrentTenantName.ShouldBe("Bielefeld, Stadt");
        inBielefeld.GrantedPermissions.ShouldNotContain(OwlDigitalPermissions.OrgUnits.Edit);
    }

    [Fact]
    public async Task An_Exception_Should_Reach_The_Caller_Unwrapped()
    {
        var minden = await database.TenantIdAsync("05770024");
        var user = await database.CreateAsync("unwrapped@minden.test", MembershipRole.TenantViewer, minden);

        var exception = await database.AsUserAsync(user, minden, services =>
            Should.ThrowAsync<AuthorizationException>(() => services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "X", Name = "Nein" })));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_Removed_Role_Should_Take_Effect_At_The_Next_Call_Of_An_Open_Circuit()
    {
        // The circuit keeps its access context between calls; a change to a membership must not
        // wait for it to expire.
        var minden = await database.TenantIdAsync("05770024");
        var user = await database.CreateAsync("removed@minden.test", MembershipRole.TenantEditor, minden);

        var (before, after) = await database.AsUserAsync(user, minden, async services =>
        {
            var orgUnits = services.GetRequiredService<IOrgUnitAppService>();
            var allowed = await orgUnits.GetListAsync();
            await database.WithTenantAsync(null, async other =>
            {
                var memberships = other.GetRequiredService<IMembershipRepository>();
                memberships.Delete((await memberships.GetForTenantAsync(minden)).Single(m => m.UserId == user.Id));
                await other.GetRequiredService<OwlDigital.Uow.IUnitOfWork>().SaveChangesAsync();
                return true;
            });
            return (allowed, await Should.ThrowAsync<AuthorizationException>(() => orgUnits.GetListAsync()));
        });

        before.Items.ShouldNotBeNull();
        after.Code.ShouldBe(OwlDigitalErrorCodes.Forbidden);
    }

    [Fact]
    public void Every_App_Service_Method_Should_Declare_Its_Permission_Or_Be_Known_To_Check_Itself()
    {
        // The permission is declared once, on the interface method, and enforced by the call proxy.
        // These decide inside, from their input or for anyone signed in (or anyone at all):
        string[] decidedInside =
        [
            "IAccountAppService.*: the signed-in person's own account; password reset without sign-in",
            "IMembershipInvitationAppService.*: the signed-in person's own invitations",
            "IPublicPortfolioAppService.*: the public page, without sign-in, where the tenant switched it on",
            "ITenantAppService.GetAsync, GetListAsync, GetAllAsync, GetDistrictsAsync: the public tenant directory",
            "IAuditLogAppService.*: the tenant's log or, with the host permission, all of it",
            "ISurveyAppService.GetResponseForAsync, SaveResponseForAsync: interviewers, for tenants of their own district only",
        ];
        var undeclared = typeof(IOrgUnitAppService).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("AppService", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods().Select(m => (Service: t.Name, Method: m)))
            .Where(x => x.Method.GetCustomAttributes(typeof(RequiresPermissionAttribute), inherit: true).Length == 0)
            .Where(x => !decidedInside.Any(d => d.StartsWith($"{x.Service}.*", StringComparison.Ordinal)
                || (d.StartsWith($"{x.Service}.", StringComparison.Ordinal) && d[..d.IndexOf(':')].Contains(x.Method.Name, StringComparison.Ordinal))))
            .Select(x => $"{x.Service}.{x.Method.Name}")
            .ToList();

        undeclared.ShouldBeEmpty("declare [RequiresPermission] on the interface method, or say here why it decides inside");
    }

    [Fact]
    public void A_Role_Holding_A_Declared_Permission_Should_Hold_The_Permission_It_Extends()
    {
        // A method declares one permission; before, its endpoint group asked for the parent as well
        // ("Catalog" for "Catalog.Manage"). One is enough only while every role that holds the child
        // holds the parent. (AuditLogs.All is no such child: the audit log decides inside.)
        var all = OwlDigitalPermissions.All.ToHashSet();
        var declared = typeof(IOrgUnitAppService).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Name.EndsWith("AppService", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes(typeof(RequiresPermissionAttribute), inherit: true).Cast<RequiresPermissionAttribute>())
            .Select(a => a.Permission)
            .ToHashSet();
        var missing = Enum.GetValues<MembershipRole>()
            .SelectMany(role => RolePermissions.For(role).Where(declared.Contains).Select(permission => (Role: role, Permission: permission, Parent: permission[..permission.LastIndexOf('.')])))
            .Where(x => all.Contains(x.Parent) && !RolePermissions.For(x.Role).Contains(x.Parent))
            .Select(x => $"{x.Role}: {x.Permission} without {x.Parent}")
            .ToList();

        declared.Count.ShouldBeGreaterThan(20, "the declarations are found");
        missing.ShouldBeEmpty();
    }
}

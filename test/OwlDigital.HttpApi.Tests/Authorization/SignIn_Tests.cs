using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Users;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Authorization;

public class SignIn_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Account_Should_Lock_After_Five_Wrong_Passwords_Even_For_The_Right_One()
    {
        await host.CreateAsync("lockout@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var client = host.Factory.CreateClient();

        for (var attempt = 1; attempt <= OwlDigitalIdentityOptions.MaxFailedAccessAttempts; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/account/token", new { email = "lockout@minden.test", password = $"Falsch-{attempt}-Passwort" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var right = await client.PostAsJsonAsync("/api/account/token", new { email = "lockout@minden.test", password = TestUsers.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.LockedOut);
    }

    [Fact]
    public async Task Unknown_User_And_Wrong_Password_Should_Get_The_Same_Answer()
    {
        await host.CreateAsync("known@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var client = host.Factory.CreateClient();

        var unknown = await client.PostAsJsonAsync("/api/account/token", new { email = "nobody@minden.test", password = "Irgendwas-12345" });
        var wrong = await client.PostAsJsonAsync("/api/account/token", new { email = "known@minden.test", password = "Irgendwas-12345" });

        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // No hint which e-mail addresses exist: same code, same text.
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        var wrongProblem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
        unknownProblem.GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.InvalidCredentials);
        wrongProblem.GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.InvalidCredentials);
        unknownProblem.GetProperty("detail").GetString().ShouldBe(wrongProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Me_Should_Name_The_Current_Tenant_And_The_Granted_Permissions()
    {
        var minden = await host.TenantIdAsync("05770024");
        await host.CreateAsync("me@minden.test", MembershipRole.TenantAdmin, minden);
        using var client = await host.Factory.SignedInClientAsync("me@minden.test");

        var me = await client.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);

        me!.CurrentTenantId.ShouldBe(minden);
        me.CurrentTenantName.ShouldBe("Minden, Stadt");
        me.GrantedPermissions.ShouldContain(OwlDigital.Authorization.OwlDigitalPermissions.OrgUnits.Edit);
        me.GrantedPermissions.ShouldNotContain(OwlDigital.Authorization.OwlDigitalPermissions.Tenants.Manage);
    }

    [Fact]
    public async Task A_Deactivated_Tenant_Should_Block_Work_And_Keep_Its_Data()
    {
        var hoexter = await host.TenantIdAsync("05762020");
        await host.CreateAsync("cdo@hoexter.test", MembershipRole.TenantAdmin, hoexter);
        using var client = await host.Factory.SignedInClientAsync("cdo@hoexter.test");
        (await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "H1", name = "Vor der Deaktivierung" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await host.WithScopeAsync(async services =>
        {
            var tenant = await services.GetRequiredService<ITenantRepository>().FindAsync(hoexter);
            tenant!.Deactivate();
            await services.GetRequiredService<Uow.IUnitOfWork>().SaveChangesAsync();
        });

        var response = await client.GetAsync("/api/portfolio/org-units");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.MultiTenancy.TenantDeactivated);
        var kept = await host.WithTenantAsync(hoexter, services => services.GetRequiredService<OwlDigitalDbContext>().Set<OwlDigital.Portfolios.OrgUnit>().CountAsync());
        kept.ShouldBe(1);
    }

    [Fact]
    public async Task A_Malformed_Tenant_Header_Should_Be_400_Naming_The_Header()
    {
        await host.CreateAsync("header@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var client = await host.Factory.SignedInClientAsync("header@minden.test");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/portfolio/org-units");
        request.Headers.Add("X-Tenant-Id", "minden");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("x-Tenant-Id", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_Person_With_Several_Tenants_Should_Start_Where_Their_Role_Is_Highest()
    {
        // Viewer in Bielefeld (first by name), CDO in Minden: work starts in Minden.
        await host.CreateAsync("two-tenants@owl.test", MembershipRole.TenantViewer, await host.TenantIdAsync("05711000"));
        await host.CreateAsync("two-tenants@owl.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        using var client = await host.Factory.SignedInClientAsync("two-tenants@owl.test");

        var me = await client.GetFromJsonAsync<OwlDigital.Account.CurrentUserDto>("/api/account/me", ApiJson.Options);

        me!.CurrentTenantName.ShouldBe("Minden, Stadt");
    }
}

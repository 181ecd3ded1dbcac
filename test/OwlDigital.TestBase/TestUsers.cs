using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.TestBase;

/// <summary>Users with memberships in a test database, and a way to act as one of them in a tenant.</summary>
public static class TestUsers
{
    public const string Password = "Test-Passwort-2026";

    public static async Task<OwlUser> CreateAsync(
        this PostgresDatabaseFixture database,
        string email,
        MembershipRole role,
        Guid? tenantId = null,
        string? districtKey = null)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccountManager>();
        var user = await accounts.EnsureUserAsync(email, email, Password);
        await accounts.EnsureMembershipAsync(user, role, tenantId, districtKey);
        return user;
    }

    public static Task<Guid> TenantIdAsync(this PostgresDatabaseFixture database, string ags) =>
        database.WithScopeAsync(async services => (await services.GetRequiredService<ITenantRepository>().FindByAgsAsync(ags))!.Id);

    /// <summary>Runs code in a new scope working in the given tenant, as a request of a member would.</summary>
    public static async Task<T> WithTenantAsync<T>(this PostgresDatabaseFixture database, Guid? tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await action(scope.ServiceProvider);
        }
    }

    /// <summary>Runs code in a new scope as the given user, working in the given tenant (null: host side).</summary>
    public static async Task<T> AsUserAsync<T>(this PostgresDatabaseFixture database, OwlUser user, Guid? tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ClaimTypes.Name, user.Email!)],
            authenticationType: "Test"));
        using (scope.ServiceProvider.GetRequiredService<ICurrentUser>().Change(principal))
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            return await action(scope.ServiceProvider);
        }
    }

    public static Task WithTenantAsync(this PostgresDatabaseFixture database, Guid? tenantId, Func<IServiceProvider, Task> action) =>
        database.WithTenantAsync<bool>(tenantId, async services =>
        {
            await action(services);
            return true;
        });
}

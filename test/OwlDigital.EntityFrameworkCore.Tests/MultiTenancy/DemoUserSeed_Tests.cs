using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.MultiTenancy;

public class DemoUserSeed_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Without_A_Demo_Password_No_Demo_User_Should_Exist()
    {
        // The migrator passes no password outside Development; the template was seeded that way.
        var fresh = await TestPostgres.CreateDatabaseAsync("nodemo");
        try
        {
            var users = await TestPostgres.QueryTextAsync(
                TestPostgres.ConnectionString(fresh, TestPostgres.OwnerRole, pooling: false), "SELECT count(*)::text FROM users");

            users.ShouldBe(["0"]);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(fresh);
        }
    }

    [Fact]
    public async Task Demo_Seed_Should_Create_The_Listed_Logins_Once()
    {
        var first = await SeedAsync();
        var second = await SeedAsync();

        first.Changes["demo memberships created"].ShouldBe(2 + 7 + 8 + 1);
        first.Changes["demo measures created"].ShouldBe(233 + 60 + 45 + 25);
        second.TotalChanges.ShouldBe(0);
        await database.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<OwlUser>>();
            var cdo = await users.FindByEmailAsync($"cdo-minden@{DemoUserDataSeedContributor.EmailDomain}");
            (await users.CheckPasswordAsync(cdo!, "Demo-Passwort-Test1")).ShouldBeTrue();
            var memberships = await services.GetRequiredService<IMembershipRepository>().GetForUserAsync(cdo!.Id);
            memberships.Single().Role.ShouldBe(MembershipRole.TenantAdmin);
        });
    }

    private Task<DataSeedContext> SeedAsync() => database.WithScopeAsync(async services =>
    {
        var context = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
        foreach (var contributor in services.GetRequiredService<IEnumerable<IDataSeedContributor>>())
        {
            await contributor.SeedAsync(context);
        }

        return context;
    });
}

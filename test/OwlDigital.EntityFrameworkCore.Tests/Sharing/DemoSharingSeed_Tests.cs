using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Catalog;
using OwlDigital.Data;
using OwlDigital.Sharing;
using OwlDigital.TestBase;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.Sharing;

public class DemoSharingSeed_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_Demo_Should_Show_Shared_Forms_And_Who_In_Owl_Uses_Or_Plans_An_Efa_Service()
    {
        await database.WithScopeAsync(async services =>
        {
            var context = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
            foreach (var contributor in services.GetRequiredService<IEnumerable<IDataSeedContributor>>())
            {
                await contributor.SeedAsync(context);
            }

            // Seeding twice changes nothing.
            var again = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
            await services.GetServices<IDataSeedContributor>().OfType<DemoSharingDataSeedContributor>().Single().SeedAsync(again);
            again.TotalChanges.ShouldBe(0);
        });
        var paderbornCdo = await database.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<OwlUser>>().FindByEmailAsync($"cdo-paderborn@{DemoUserDataSeedContributor.EmailDomain}"));
        var paderborn = await database.TenantIdAsync("05774032");

        var (library, wohngeld) = await database.AsUserAsync(paderbornCdo!, paderborn, async services =>
        {
            var efa = (await services.GetRequiredService<ICatalogAppService>().GetEfaServicesAsync()).Single(s => s.Name == DemoSharingDataSeedContributor.Wohngeld);
            return (await services.GetRequiredService<ISharedFormAppService>().GetLibraryAsync(new SharedFormQuery()),
                await services.GetRequiredService<IEfaPlanAppService>().GetPlansInRegionAsync(efa.Id));
        });

        library.Select(f => f.Title).ShouldContain("Sondernutzungserlaubnis beantragen");
        library.ShouldContain(f => f.IsOwn && f.Title == "Straßenaufbruch anzeigen");
        wohngeld.Select(p => (p.TenantName, p.State)).ShouldBe(
            [("Minden, Stadt", EfaPlanState.InUse), ("Bielefeld, Stadt", EfaPlanState.Planned), ("Paderborn, Stadt", EfaPlanState.Interested)], ignoreOrder: true);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.OnlineServices;

public class DemoOnlineServiceSeed_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Mindens_Demo_List_Should_Show_The_Published_Counts_And_Map_Its_Services_To_The_Catalogue()
    {
        await SeedAsync();
        var minden = await database.TenantIdAsync(DemoPortfolioDataSeedContributor.MindenAgs);
        var cdo = await database.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<OwlUser>>().FindByEmailAsync($"cdo-minden@{DemoUserDataSeedContributor.EmailDomain}"));

        var (report, all) = await database.AsUserAsync(cdo!, minden, async services =>
        {
            var service = services.GetRequiredService<IOnlineServiceAppService>();
            return (await service.GetReportAsync(), await service.GetListAsync(new GetOnlineServiceListInput { Take = 100 }));
        });

        var byDate = report.Periods.ToDictionary(p => p.ReportingDate);
        var march = byDate[new DateOnly(2023, 3, 31)];
        var september = byDate[new DateOnly(2023, 9, 30)];
        (march.Planned, march.BeingIntroduced, march.Implemented, march.Total).ShouldBe((65, 29, 35, 129));
        (september.Planned, september.BeingIntroduced, september.Implemented, september.Total).ShouldBe((52, 36, 41, 129));
        september.NewlyImplemented.Count.ShouldBe(6);
        all.TotalCount.ShouldBe(129);
        var od013 = all.Items.Single(s => s.Number == "OD 013");
        (od013.Title, od013.MeasureNumber).ShouldBe(("Einbürgerung beantragen", "MP 029"));
        od013.LeiKa.ShouldHaveSingleItem().Name.ShouldStartWith("Einbürgerung");
        all.Items.Where(s => string.CompareOrdinal(s.Number, "OD 016") > 0).ShouldAllBe(s => s.LeiKa.Count == 1, "generated services carry the catalogue entry they are named after");
        var marked = await TestPostgres.QueryTextAsync(database.OwnerConnectionString, $"SELECT bool_and(is_demo)::text FROM online_services WHERE tenant_id = '{minden}'");
        marked.ShouldBe(["true"]);
    }

    private Task SeedAsync() => database.WithScopeAsync(async services =>
    {
        // The built-in sample catalogue: this test must pass without ../shared/data.
        var context = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
        foreach (var contributor in services.GetRequiredService<IEnumerable<IDataSeedContributor>>())
        {
            await contributor.SeedAsync(context);
        }
    });
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.Portfolios;

public class DemoPortfolioSeed_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Mindens_Demo_Report_For_September_2023_Should_Show_The_Published_Totals()
    {
        await SeedAsync();
        var minden = await database.TenantIdAsync(DemoPortfolioDataSeedContributor.MindenAgs);
        var cdo = await database.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<OwlUser>>().FindByEmailAsync($"cdo-minden@{DemoUserDataSeedContributor.EmailDomain}"));

        var report = await database.AsUserAsync(cdo!, minden, services => services.GetRequiredService<IReportingAppService>().GetCouncilReportAsync());

        var september = report.Columns.Single(c => c.ReportingDate == new DateOnly(2023, 9, 30));
        september.TotalCount.ShouldBe(149);
        report.NewOfLatestYear.Count.ShouldBe(21, "in 2023 the business areas named 21 new measures");
        september.ByStatus.Where(s => s.Status <= MeasureStatus.Implemented).Select(s => s.Count).ShouldBe([59, 43, 47]);
        september.ByStatus.Where(s => s.Status <= MeasureStatus.Implemented).Select(s => s.Sum).ShouldBe([89, 230, 421]);
        var marked = await TestPostgres.QueryTextAsync(database.OwnerConnectionString, $"SELECT bool_and(is_demo)::text FROM measures WHERE tenant_id = '{minden}'");
        marked.ShouldBe(["true"]);
    }

    private Task SeedAsync() => database.WithScopeAsync(async services =>
    {
        var context = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
        foreach (var contributor in services.GetRequiredService<IEnumerable<IDataSeedContributor>>())
        {
            await contributor.SeedAsync(context);
        }
    });
}

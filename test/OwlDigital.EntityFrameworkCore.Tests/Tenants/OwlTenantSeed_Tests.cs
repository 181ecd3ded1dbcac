using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.ExceptionHandling;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.EntityFrameworkCore.Tests.Tenants;

public class OwlTenantSeed_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Seed_Should_Hold_70_Municipalities_And_6_Districts()
    {
        var tenants = await AllTenantsAsync();

        tenants.Count.ShouldBe(76);
        tenants.Count(t => t.Kind == TenantKind.District).ShouldBe(6);
        tenants.Count(t => t.Kind == TenantKind.Municipality).ShouldBe(69);
        tenants.Single(t => t.Kind == TenantKind.DistrictFreeCity).Name.ShouldBe("Bielefeld, Stadt");
        tenants.Where(t => t.Kind == TenantKind.Municipality)
            .GroupBy(t => t.DistrictKey)
            .ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int>
            {
                ["05754"] = 13, ["05758"] = 9, ["05762"] = 10, ["05766"] = 16, ["05770"] = 11, ["05774"] = 10,
            }, ignoreOrder: true);
        tenants.Sum(t => t.Kind == TenantKind.District ? 0 : t.Population).ShouldBe(2_072_861, "OWL's population per the source");
    }

    [Fact]
    public async Task A_District_Should_Be_Placed_At_Its_Seat()
    {
        var tenants = await AllTenantsAsync();
        var lippe = tenants.Single(t => t.Ags == "05766");
        var detmold = tenants.Single(t => t.Name == "Detmold, Stadt");

        (lippe.Latitude, lippe.Longitude).ShouldBe((detmold.Latitude, detmold.Longitude));
    }

    [SharedDataFact]
    public async Task Seed_Should_Match_The_Official_Municipality_And_District_Lists()
    {
        var tenants = (await AllTenantsAsync()).ToDictionary(t => t.Ags);
        var municipalities = SimpleCsv.Read(SharedData.PathOf("owl_gemeinden_gv100ad_2025-11-30.csv"));
        var districts = SimpleCsv.Read(SharedData.PathOf("owl_kreise_gv100ad_2025-11-30.csv")).Where(d => d["kreistyp"] == "Kreis").ToList();

        municipalities.Count.ShouldBe(70);
        districts.Count.ShouldBe(6);
        foreach (var row in municipalities)
        {
            var tenant = tenants[row["ags"]];
            tenant.Ars.ShouldBe(row["ars"]);
            tenant.Name.ShouldBe(row["name"]);
            tenant.Population.ShouldBe(int.Parse(row["bevoelkerung"], CultureInfo.InvariantCulture));
            tenant.Latitude.ShouldBe(double.Parse(row["breitengrad_2020"], CultureInfo.InvariantCulture));
        }

        foreach (var row in districts)
        {
            var tenant = tenants[row["kreis_ags"]];
            tenant.Kind.ShouldBe(TenantKind.District);
            tenant.Ars.ShouldBe(row["kreis_ars"]);
            tenant.Population.ShouldBe(int.Parse(row["bevoelkerung"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Seeding_Again_Should_Restore_Changed_Official_Facts_And_Count_The_Change()
    {
        await database.WithScopeAsync(async services =>
        {
            var context = services.GetRequiredService<OwlDigitalDbContext>();
            await context.Tenants.Where(t => t.Ags == "05774032").ExecuteUpdateAsync(s => s.SetProperty(t => t.Population, 1));
        });

        var result = await database.WithScopeAsync(async services =>
        {
            var seedContext = new DataSeedContext();
            await services.GetRequiredService<IEnumerable<IDataSeedContributor>>().OfType<OwlTenantDataSeedContributor>().Single().SeedAsync(seedContext);
            return seedContext;
        });

        result.Changes.ShouldBe(new Dictionary<string, int> { ["tenants updated"] = 1 });
        (await AllTenantsAsync()).Single(t => t.Ags == "05774032").Population.ShouldBeGreaterThan(100_000, "Paderborn is restored");
    }

    [Fact]
    public async Task Saving_A_Tenant_Someone_Else_Changed_Meanwhile_Should_Be_A_Concurrency_Conflict()
    {
        // Two users load the same tenant; the first saves, the second must not overwrite silently.
        await using var first = database.Services.CreateAsyncScope();
        await using var second = database.Services.CreateAsyncScope();
        var firstCopy = await first.ServiceProvider.GetRequiredService<ITenantRepository>().FindByAgsAsync("05770028");
        var secondCopy = await second.ServiceProvider.GetRequiredService<ITenantRepository>().FindByAgsAsync("05770028");

        firstCopy!.SetPopulation(firstCopy.Population + 1);
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

        secondCopy!.SetPopulation(secondCopy.Population + 2);
        var exception = await Should.ThrowAsync<BusinessException>(() =>
            second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        exception.Code.ShouldBe(OwlDigitalErrorCodes.ConcurrencyConflict);
    }

    [Fact]
    public async Task Audit_Times_Should_Be_Stamped_In_Utc()
    {
        var tenant = (await AllTenantsAsync()).First();

        tenant.CreationTime.Offset.ShouldBe(TimeSpan.Zero);
        tenant.CreationTime.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(-1));
    }

    private Task<List<Tenant>> AllTenantsAsync() =>
        database.WithScopeAsync(services => services.GetRequiredService<ITenantRepository>().GetAllAsync());
}

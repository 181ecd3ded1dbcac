using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.TestBase;

namespace OwlDigital.EntityFrameworkCore.Tests.EntityFrameworkCore;

public class Migrations_Tests
{
    [Fact]
    public async Task The_Model_Should_Have_No_Changes_That_No_Migration_Captures()
    {
        var options = new DbContextOptionsBuilder<OwlDigitalDbContext>()
            .UseOwlDigitalNpgsql("Host=127.0.0.1;Database=unused")
            .Options;
        await using var context = new OwlDigitalDbContext(options);

        context.Database.HasPendingModelChanges().ShouldBeFalse(
            "the EF model differs from the last migration: run `dotnet ef migrations add <Name>` in src/OwlDigital.EntityFrameworkCore");
    }

    [Fact]
    public async Task Migrations_Should_Apply_To_An_Empty_Database_And_Be_Idempotent()
    {
        var database = await TestPostgres.CreateEmptyDatabaseAsync("migrations");
        try
        {
            await using var services = TestPostgres.CreateServices(database);

            var first = await RunMigratorAsync(services);
            var snapshot = await SnapshotAsync(database);
            var second = await RunMigratorAsync(services);

            first.TotalChanges.ShouldBe(76, "the first run seeds the 76 tenants");
            second.TotalChanges.ShouldBe(0, "a second run changes nothing");
            (await SnapshotAsync(database)).ShouldBe(snapshot);

            await using var scope = services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<OwlDigitalDbContext>();
            (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await context.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(context.Database.GetMigrations().Count());
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task Every_Timestamp_Column_Should_Be_Timestamptz()
    {
        var database = await TestPostgres.CreateDatabaseAsync("timestamps");
        try
        {
            var columns = await QueryAsync(
                database,
                "SELECT table_name || '.' || column_name FROM information_schema.columns " +
                "WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'");

            columns.ShouldBeEmpty();
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private static async Task<DataSeedContext> RunMigratorAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OwlDigitalDbMigrationService>().MigrateAndSeedAsync();
    }

    /// <summary>Every row of every seeded table, as text, including audit times and concurrency stamps.</summary>
    private static async Task<string> SnapshotAsync(string database) =>
        string.Join("\n", await QueryAsync(database, "SELECT t::text FROM tenants t ORDER BY ags"));

    private static Task<List<string>> QueryAsync(string database, string sql) =>
        TestPostgres.QueryTextAsync(TestPostgres.ConnectionString(database, TestPostgres.OwnerRole, pooling: false), sql);
}

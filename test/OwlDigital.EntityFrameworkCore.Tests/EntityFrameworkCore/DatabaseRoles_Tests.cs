using Npgsql;
using OwlDigital.TestBase;

namespace OwlDigital.EntityFrameworkCore.Tests.EntityFrameworkCore;

/// <summary>
/// The application's login must be able to use the data but not change the schema or escape
/// row-level security: that is what the tenancy layer builds on.
/// </summary>
public class DatabaseRoles_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_Application_Role_Should_Own_No_Table()
    {
        var owners = await ScalarsAsync(database.OwnerConnectionString, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'");

        owners.ShouldBe([TestPostgres.OwnerRole]);
    }

    [Fact]
    public async Task The_Application_Role_Should_Neither_Be_Superuser_Nor_Bypass_Row_Level_Security()
    {
        var flags = await ScalarsAsync(
            database.ApplicationConnectionString,
            "SELECT rolsuper::text || ',' || rolbypassrls::text FROM pg_roles WHERE rolname = current_user");

        flags.ShouldBe(["false,false"]);
    }

    [Fact]
    public async Task The_Application_Role_Should_Read_And_Write_Data()
    {
        var count = await ScalarsAsync(database.ApplicationConnectionString, "SELECT count(*)::text FROM tenants");
        count.ShouldBe(["76"]);

        await ExecuteAsync(database.ApplicationConnectionString, "UPDATE tenants SET population = population WHERE ags = '05770024'");
    }

    [Fact]
    public async Task The_Application_Role_Should_Not_Change_The_Schema()
    {
        var exception = await Should.ThrowAsync<PostgresException>(() =>
            ExecuteAsync(database.ApplicationConnectionString, "ALTER TABLE tenants ADD COLUMN sneaky integer"));
        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);

        var create = await Should.ThrowAsync<PostgresException>(() =>
            ExecuteAsync(database.ApplicationConnectionString, "CREATE TABLE sneaky (id int)"));
        create.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_Application_Role_Should_Not_Rewrite_The_Migration_History()
    {
        var exception = await Should.ThrowAsync<PostgresException>(() =>
            ExecuteAsync(database.ApplicationConnectionString, "DELETE FROM \"__EFMigrationsHistory\""));

        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Theory]
    [InlineData("UPDATE profile_versions SET number = number + 1")]
    [InlineData("DELETE FROM profile_versions")]
    public async Task Profile_Versions_Should_Be_Append_Only_For_The_Application_Role(string sql)
    {
        // The history of a tenant's profile is its record of what was stated when; no one rewrites it.
        var exception = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(database.ApplicationConnectionString, sql));

        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Theory]
    [InlineData("UPDATE survey_publications SET computed_at = now()")]
    [InlineData("DELETE FROM survey_publications")]
    public async Task Published_Survey_Figures_Should_Be_Append_Only_For_The_Application_Role(string sql)
    {
        // What tenants were shown of a round is fixed: figures changed later could be subtracted from the first ones.
        var exception = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(database.ApplicationConnectionString, sql));

        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task Every_Table_With_Policies_Should_Force_Them_On_Its_Owner_Too()
    {
        var unforced = await ScalarsAsync(
            database.OwnerConnectionString,
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT c.relforcerowsecurity");
        var forced = await ScalarsAsync(
            database.OwnerConnectionString,
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relforcerowsecurity");

        unforced.ShouldBeEmpty("a table whose owner is not bound by its policies is one mistaken grant away from open");
        forced.ShouldContain("audit_log_entries");
        forced.ShouldContain("measures");
        forced.ShouldContain("survey_responses");
    }

    [Fact]
    public async Task The_Migrator_Should_Refuse_To_Migrate_Through_The_Application_Role()
    {
        var sameLogin = new OwlDigitalConnectionStrings(database.ApplicationConnectionString, database.ApplicationConnectionString);
        var migrator = new EfCoreOwlDigitalDbSchemaMigrator(sameLogin, Microsoft.Extensions.Logging.Abstractions.NullLogger<EfCoreOwlDigitalDbSchemaMigrator>.Instance);

        var refused = await Should.ThrowAsync<OwlDigital.Data.DatabaseRoleException>(() => migrator.MigrateAsync());

        refused.Message.ShouldContain($"Refusing to migrate through the application role \"{TestPostgres.AppRole}\"");
        (await ScalarsAsync(database.OwnerConnectionString, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")).ShouldBe([TestPostgres.OwnerRole]);
    }

    [Fact]
    public async Task The_Migrator_Should_Refuse_A_Migration_Role_Without_BypassRls()
    {
        // Forced policies would hide every row from its data migrations.
        var role = $"owl_nobypass_{Guid.NewGuid():N}"[..30];
        await TestPostgres.ExecuteAdminAsync($"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS");
        try
        {
            var strings = new OwlDigitalConnectionStrings(database.ApplicationConnectionString, TestPostgres.ConnectionString(database.DatabaseName, role, pooling: false));
            var migrator = new EfCoreOwlDigitalDbSchemaMigrator(strings, Microsoft.Extensions.Logging.Abstractions.NullLogger<EfCoreOwlDigitalDbSchemaMigrator>.Instance);

            var refused = await Should.ThrowAsync<OwlDigital.Data.DatabaseRoleException>(() => migrator.MigrateAsync());

            refused.Message.ShouldContain($"The migration role \"{role}\" lacks BYPASSRLS");
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TestPostgres.ExecuteAdminAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    private static Task<List<string>> ScalarsAsync(string connectionString, string sql) => TestPostgres.QueryTextAsync(connectionString, sql);

    private static Task ExecuteAsync(string connectionString, string sql) => TestPostgres.ExecuteAsync(connectionString, sql);
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OwlDigital.Data;

namespace OwlDigital.TestBase;

/// <summary>
/// The private PostgreSQL cluster that ./etc/scripts/test.sh starts. Once per test process a
/// template database is migrated and seeded; every test class then gets its own copy of it
/// (CREATE DATABASE … TEMPLATE), which takes milliseconds and isolates the classes completely.
/// </summary>
public static class TestPostgres
{
    public const string AdminConnectionVariable = "OWLDIGITAL_TEST_PG";

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _templateName;

    public static string OwnerRole => Environment.GetEnvironmentVariable("OWLDIGITAL_TEST_OWNER_ROLE") ?? "owl_owner";

    public static string AppRole => Environment.GetEnvironmentVariable("OWLDIGITAL_TEST_APP_ROLE") ?? "owl_app";

    public static string AdminConnectionString => Environment.GetEnvironmentVariable(AdminConnectionVariable)
        ?? throw new InvalidOperationException(
            $"{AdminConnectionVariable} is not set. Run the tests with ./etc/scripts/test.sh, which starts a private PostgreSQL, " +
            $"or set {AdminConnectionVariable} to a superuser connection of a cluster that has the roles owl_owner and owl_app.");

    public static string ConnectionString(string database, string role, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Database = database,
            Username = role,
            Pooling = pooling,
        }.ConnectionString;

    /// <summary>A new database, copied from the migrated and seeded template.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var template = await EnsureTemplateAsync();
        var name = $"owl_{Sanitize(purpose)}_{Guid.NewGuid():N}";
        await ExecuteAdminAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" OWNER {OwnerRole}");
        return name;
    }

    /// <summary>An empty database owned by the owner role, for tests of migrations themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string purpose)
    {
        var name = $"owl_{Sanitize(purpose)}_{Guid.NewGuid():N}";
        await ExecuteAdminAsync($"CREATE DATABASE \"{name}\" OWNER {OwnerRole}");
        return name;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static Task ExecuteAdminAsync(string sql) => ExecuteAsync(AdminConnectionString, sql);

    /// <summary>Runs a query that returns one text column; for tests that look at the database directly.</summary>
    public static async Task<List<string>> QueryTextAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Services of the application wired to one test database, as the web host wires them.</summary>
    public static ServiceProvider CreateServices(string database, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = ConnectionString(database, AppRole),
                ["ConnectionStrings:Migrations"] = ConnectionString(database, OwnerRole, pooling: false),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddOwlDigitalApplication();
        services.AddOwlDigitalEntityFrameworkCore(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateName is not null)
            {
                return _templateName;
            }

            var name = $"owl_template_{Environment.ProcessId}_{Guid.NewGuid():N}";
            await ExecuteAdminAsync($"CREATE DATABASE \"{name}\" OWNER {OwnerRole}");
            await using (var services = CreateServices(name))
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<OwlDigitalDbMigrationService>().MigrateAndSeedAsync();
            }

            // A template must have no open connections when it is copied.
            NpgsqlConnection.ClearAllPools();
            _templateName = name;
            return name;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static string Sanitize(string purpose) =>
        new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20).ToArray());
}

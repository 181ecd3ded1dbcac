using System.Diagnostics;
using OwlDigital.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

/// <summary>The built web host as an operator starts it, with a configuration it must refuse.</summary>
public class Startup_Tests
{
    [Fact]
    public async Task Host_With_An_Unreachable_Database_Should_Exit_With_A_Message_Naming_The_Target()
    {
        // Port 1 on loopback refuses connections at once.
        var (exitCode, text) = await RunHostAsync("Host=127.0.0.1;Port=1;Database=owl_unreachable;Username=owl_app;Password=secret-value");

        exitCode.ShouldBe(1, text);
        text.ShouldContain("Cannot reach the PostgreSQL database at host 127.0.0.1, port 1, database owl_unreachable, user owl_app");
        text.ShouldNotContain("secret-value");
        text.ShouldNotContain("   at ", customMessage: "the operator gets the reason, not a stack trace");
    }

    [Fact]
    public async Task Host_Whose_Database_Role_Owns_Tables_Should_Refuse_To_Run_Naming_The_Role()
    {
        // A throwaway role that owns one table: as the owner it would not be bound by row-level security.
        var role = $"owl_throwaway_{Guid.NewGuid():N}"[..30];
        var database = await TestPostgres.CreateDatabaseAsync("startup_owner");
        try
        {
            await TestPostgres.ExecuteAdminAsync($"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS");
            await TestPostgres.ExecuteAsync(
                new Npgsql.NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Database = database, Pooling = false }.ConnectionString,
                $"GRANT USAGE, CREATE ON SCHEMA public TO {role}; CREATE TABLE public.sneaky (id int); ALTER TABLE public.sneaky OWNER TO {role};");

            var (exitCode, text) = await RunHostAsync(TestPostgres.ConnectionString(database, role, pooling: false));

            exitCode.ShouldBe(1, text);
            text.ShouldContain($"The application's database role \"{role}\" owns (or may act as the owner of) 1 tables, so row-level security would not bind it.");
            text.ShouldNotContain("   at ", customMessage: "one clear line, not a stack trace");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
            await TestPostgres.ExecuteAdminAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    [Fact]
    public async Task Host_Whose_Database_Role_May_Act_As_The_Owner_Should_Refuse_To_Run()
    {
        // Granted the owner role, a role owns nothing itself but may SET ROLE to the owner (which bypasses RLS).
        var role = $"owl_member_{Guid.NewGuid():N}"[..30];
        var database = await TestPostgres.CreateDatabaseAsync("startup_member");
        try
        {
            await TestPostgres.ExecuteAdminAsync($"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS; GRANT {TestPostgres.OwnerRole} TO {role};");

            var (exitCode, text) = await RunHostAsync(TestPostgres.ConnectionString(database, role, pooling: false));

            exitCode.ShouldBe(1, text);
            text.ShouldContain($"The application's database role \"{role}\" has (or may take) BYPASSRLS");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
            await TestPostgres.ExecuteAdminAsync($"DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(string applicationConnectionString)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var hostDirectory = Path.Combine(RepositoryRoot.Path, "angular-free-ui", "OwlDigital.Blazor", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(hostDirectory, "OwlDigital.Blazor.dll")])
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Default"] = applicationConnectionString,
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Serilog__WriteTo__1__Args__path"] = Path.Combine(Path.GetTempPath(), $"owl-startup-{Guid.NewGuid():N}", "log-.log"),
            },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OwlDigital.TestBase;

namespace OwlDigital.Web.TestBase;

/// <summary>
/// The real web host (Program) against one test database. <see cref="WithKestrel"/> serves it on a
/// real loopback port for the browser tests.
/// </summary>
public sealed class OwlDigitalWebApplicationFactory(string databaseName) : WebApplicationFactory<Program>
{
    public string DatabaseName { get; } = databaseName;

    /// <summary>Where this host's mails land (one folder per host, so tests read only their own).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "owldigital-test-mails", Guid.NewGuid().ToString("N"));

    /// <summary>Overrides the application's connection string, e.g. to point at an unreachable server.</summary>
    public string? ApplicationConnectionStringOverride { get; init; }

    /// <summary>The hosting environment; anything but Development turns on Secure cookies and HSTS.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>Further configuration values, e.g. a lower sign-in rate limit.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("ConnectionStrings:Default", ApplicationConnectionStringOverride ?? TestPostgres.ConnectionString(DatabaseName, TestPostgres.AppRole));
        builder.UseSetting("ConnectionStrings:Migrations", TestPostgres.ConnectionString(DatabaseName, TestPostgres.OwnerRole, pooling: false));

        builder.UseSetting("Emailing:PickupDirectory", MailDirectory);

        // Keep the test run's log files out of the source tree.
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(AppContext.BaseDirectory, "logs", "owldigital-.log"));
    }
}

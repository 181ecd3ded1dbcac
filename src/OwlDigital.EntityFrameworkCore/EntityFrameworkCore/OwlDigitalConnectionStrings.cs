using Microsoft.Extensions.Configuration;
using Npgsql;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// The two database logins: the application's role, which neither owns the tables nor bypasses
/// row-level security, and the owner role that runs migrations.
/// </summary>
public sealed record OwlDigitalConnectionStrings(string Application, string Migrations)
{
    public const string ApplicationName = "Default";
    public const string MigrationsName = "Migrations";

    public static OwlDigitalConnectionStrings FromConfiguration(IConfiguration configuration)
    {
        var application = configuration.GetConnectionString(ApplicationName);
        if (string.IsNullOrWhiteSpace(application))
        {
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings:{ApplicationName} (environment variable ConnectionStrings__{ApplicationName}), " +
                "or start the application with ./etc/scripts/run.sh, which starts a private PostgreSQL.");
        }

        var migrations = configuration.GetConnectionString(MigrationsName);
        return new OwlDigitalConnectionStrings(application, string.IsNullOrWhiteSpace(migrations) ? application : migrations);
    }

    /// <summary>Where a connection string points, without its password, for error messages and logs.</summary>
    public static string Describe(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"host {builder.Host ?? "localhost"}, port {builder.Port}, database {builder.Database ?? "(default)"}, user {builder.Username ?? "(default)"}";
        }
        catch (ArgumentException)
        {
            return "(the connection string cannot be parsed)";
        }
    }

    public string ApplicationRole => new NpgsqlConnectionStringBuilder(Application).Username
        ?? throw new InvalidOperationException($"ConnectionStrings:{ApplicationName} names no Username; the migrator grants that role its rights.");
}

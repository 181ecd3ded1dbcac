using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using OwlDigital.Data;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Applies the migrations as the owner role, then grants the application role exactly the rights
/// it needs: data access, but no DDL and no ownership (the ground row-level security stands on),
/// and the audit log append-only.
/// </summary>
public sealed class EfCoreOwlDigitalDbSchemaMigrator(
    OwlDigitalConnectionStrings connectionStrings,
    ILogger<EfCoreOwlDigitalDbSchemaMigrator> logger) : IOwlDigitalDbSchemaMigrator
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Tables created through the application's login would be owned by it, and an owner is not
        // bound by row-level security: the migrator never migrates through that role.
        if (SameRole(connectionStrings.Migrations, connectionStrings.Application))
        {
            throw new DatabaseRoleException(
                $"Refusing to migrate through the application role \"{connectionStrings.ApplicationRole}\": it would own the tables and escape row-level security. " +
                $"Set ConnectionStrings:{OwlDigitalConnectionStrings.MigrationsName} to the owner role's login.");
        }

        await DatabaseReachability.EnsureReachableAsync(connectionStrings.Migrations, cancellationToken);
        await EnsureOwnerBypassesRowLevelSecurityAsync(cancellationToken);

        var options = new DbContextOptionsBuilder<OwlDigitalDbContext>()
            .UseOwlDigitalNpgsql(connectionStrings.Migrations)
            .Options;
        await using (var ownerContext = new OwlDigitalDbContext(options))
        {
            var pending = (await ownerContext.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations: {Migrations}", pending.Count, pending);
            }

            await ownerContext.Database.MigrateAsync(cancellationToken);
        }

        await GrantApplicationRoleAsync(cancellationToken);
    }

    // Every table with policies forces them on its owner too; without BYPASSRLS a data migration
    // or seed would silently see (and change) no row.
    private async Task EnsureOwnerBypassesRowLevelSecurityAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionStrings.Migrations);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT current_user::text, rolbypassrls OR rolsuper FROM pg_roles WHERE rolname = current_user", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.GetBoolean(1))
        {
            throw new DatabaseRoleException(
                $"The migration role \"{reader.GetString(0)}\" lacks BYPASSRLS: row-level security is forced on every tenant table, so its data migrations would see no row. " +
                $"Run ALTER ROLE \"{reader.GetString(0)}\" BYPASSRLS as a superuser.");
        }
    }

    private static bool SameRole(string migrations, string application) =>
        string.Equals(new NpgsqlConnectionStringBuilder(migrations).Username, new NpgsqlConnectionStringBuilder(application).Username, StringComparison.Ordinal);

    private async Task GrantApplicationRoleAsync(CancellationToken cancellationToken)
    {
        var role = QuoteIdentifier(connectionStrings.ApplicationRole);
        await using var connection = new NpgsqlConnection(connectionStrings.Migrations);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {role};
            REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM {role};
            REVOKE UPDATE, DELETE ON audit_log_entries FROM {role};
            REVOKE UPDATE, DELETE ON profile_versions FROM {role};
            REVOKE UPDATE, DELETE ON survey_publications FROM {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role};
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("Granted data access to the application role {Role}", connectionStrings.ApplicationRole);
    }

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

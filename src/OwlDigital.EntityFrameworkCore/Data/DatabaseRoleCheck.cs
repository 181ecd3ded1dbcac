using Npgsql;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Data;

/// <summary>
/// Row-level security binds the application only if its database role is an ordinary one: a
/// superuser or a role with BYPASSRLS skips every policy, and a role that owns tables can switch
/// them off. The host checks that at start-up and refuses to run otherwise, because every policy
/// would be bypassed silently (that happened once when the migration login was left unset).
/// </summary>
public static class DatabaseRoleCheck
{
    public static async Task EnsureRestrictedAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT current_user::text, r.rolsuper, r.rolbypassrls,
                   (SELECT count(*) FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user)
            FROM pg_roles r WHERE r.rolname = current_user
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (role, superuser, bypassesRls, ownedTables) = (reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt64(3));
        var reason = superuser ? "is a superuser"
            : bypassesRls ? "has BYPASSRLS"
            : ownedTables > 0 ? $"owns {ownedTables} tables"
            : null;
        if (reason is not null)
        {
            throw new DatabaseRoleNotRestrictedException(
                $"The application's database role \"{role}\" {reason}, so row-level security would not bind it. " +
                $"Connect the application (ConnectionStrings:{OwlDigitalConnectionStrings.ApplicationName}) as a role without ownership, " +
                $"superuser or BYPASSRLS, and migrate with the owner role (ConnectionStrings:{OwlDigitalConnectionStrings.MigrationsName}).");
        }
    }
}

/// <summary>The application's database role could escape row-level security; the message says why and what to do.</summary>
public sealed class DatabaseRoleNotRestrictedException(string message) : Exception(message);

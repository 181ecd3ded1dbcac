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
        // Membership counts as much as the role itself: a member of the owner role may SET ROLE to it.
        command.CommandText = """
            SELECT current_user::text,
                   EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolsuper AND pg_has_role(current_user, r.oid, 'MEMBER')),
                   EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolbypassrls AND pg_has_role(current_user, r.oid, 'MEMBER')),
                   (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_has_role(current_user, c.relowner, 'MEMBER'))
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (role, superuser, bypassesRls, ownedTables) = (reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetInt64(3));
        var reason = superuser ? "is (or may become) a superuser"
            : bypassesRls ? "has (or may take) BYPASSRLS"
            : ownedTables > 0 ? $"owns (or may act as the owner of) {ownedTables} tables"
            : null;
        if (reason is not null)
        {
            throw new DatabaseRoleException(
                $"The application's database role \"{role}\" {reason}, so row-level security would not bind it. " +
                $"Connect the application (ConnectionStrings:{OwlDigitalConnectionStrings.ApplicationName}) as a role without ownership, " +
                $"superuser or BYPASSRLS, and migrate with the owner role (ConnectionStrings:{OwlDigitalConnectionStrings.MigrationsName}).");
        }
    }
}

/// <summary>A database role unfit for its use (the application's could escape row-level security, the migration role would not see rows); the message says why and what to do.</summary>
public sealed class DatabaseRoleException(string message) : Exception(message);

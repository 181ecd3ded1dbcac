using Npgsql;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Data;

/// <summary>
/// Fails fast with a message that names the database target, instead of a stack trace on the
/// first request, when the database cannot be reached at startup.
/// </summary>
public static class DatabaseReachability
{
    public static async Task EnsureReachableAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            throw new DatabaseUnreachableException(
                $"Cannot reach the PostgreSQL database at {OwlDigitalConnectionStrings.Describe(connectionString)}: {exception.Message} " +
                "Check ConnectionStrings:Default, or start the application with ./etc/scripts/run.sh.",
                exception);
        }
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Tells PostgreSQL, on every opened connection, which tenant the application works in; the
/// row-level-security policies read it. The setting is written on every open, so a pooled
/// connection never carries a previous request's tenant.
/// </summary>
public sealed class TenantConnectionInterceptor : DbConnectionInterceptor
{
    public const string SettingName = "app.tenant_id";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, eventData);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, eventData);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand CreateCommand(DbConnection connection, ConnectionEndEventData eventData)
    {
        var tenantId = (eventData.Context as OwlDigitalDbContext)?.CurrentTenantId;
        var command = new NpgsqlCommand($"SELECT set_config('{SettingName}', @tenant, false)", (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("tenant", tenantId?.ToString() ?? string.Empty);
        return command;
    }
}

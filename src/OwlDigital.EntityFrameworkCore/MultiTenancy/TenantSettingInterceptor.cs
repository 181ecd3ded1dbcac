using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Tells PostgreSQL which tenant the application works in; the row-level-security policies read
/// the setting. It is always transaction-local (<c>set_config(…, true)</c>), so it ends with the
/// command's transaction: nothing is left on a pooled connection, and the application is safe
/// behind PgBouncer in transaction mode, where consecutive transactions may run on different
/// server connections.
/// <para>
/// It costs no round trip of its own. A command outside a transaction carries the setting as a
/// first statement of the same batch, which PostgreSQL runs as one implicit transaction; the
/// statement is a <c>DO</c> block because that returns no result set and so leaves readers,
/// scalars and row counts as they were (a <c>SELECT set_config</c> would be read as the result,
/// a <c>SET LOCAL</c> outside a transaction block warns). In a transaction the first command
/// carries it, and later ones only when the tenant has changed since.
/// </para>
/// </summary>
public sealed class TenantSettingInterceptor : DbCommandInterceptor
{
    public const string SettingName = "app.tenant_id";

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        ApplyAsync(command, eventData, synchronously: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, synchronously: false, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        ApplyAsync(command, eventData, synchronously: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, synchronously: false, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        ApplyAsync(command, eventData, synchronously: true, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await ApplyAsync(command, eventData, synchronously: false, cancellationToken);
        return result;
    }

    /// <summary>The statement that sets the tenant for the rest of the transaction (or of the batch, outside one).</summary>
    public static string SettingStatement(Guid? tenantId) =>
        // A Guid's text is hex digits and dashes only: nothing in it can end the quoted literal.
        $"DO $owl_tenant$BEGIN PERFORM set_config('{SettingName}', '{tenantId?.ToString("D") ?? string.Empty}', true); END$owl_tenant$;\n";

    /// <param name="synchronously">For EF's synchronous API: then the returned task has completed when it returns.</param>
    private static async ValueTask ApplyAsync(DbCommand command, CommandEventData eventData, bool synchronously, CancellationToken cancellationToken)
    {
        // Migrations run as the owner and must stay single statements (CREATE INDEX CONCURRENTLY).
        if (eventData.Context is not OwlDigitalDbContext context || eventData.CommandSource == CommandSource.Migrations)
        {
            return;
        }

        var tenantId = context.CurrentTenantId;
        var transactionId = context.Database.CurrentTransaction?.TransactionId;
        if (transactionId is { } id && context.TenantSettingInTransaction == (id, tenantId))
        {
            return;
        }

        // A save is a batch whose results EF reads statement by statement: a statement in front
        // would shift them. Saves always run in a transaction (OwlDigitalDbContext), so there the
        // setting goes ahead as a command of its own, once per transaction.
        if (eventData.CommandSource == CommandSource.SaveChanges)
        {
            if (transactionId is null)
            {
                throw new InvalidOperationException("A save must run in a transaction, or the tenant setting would not reach it.");
            }

            await using var setting = new NpgsqlCommand(SettingStatement(tenantId), (NpgsqlConnection)command.Connection!, (NpgsqlTransaction?)command.Transaction);
            if (synchronously)
            {
                setting.ExecuteNonQuery();
            }
            else
            {
                await setting.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        else
        {
            command.CommandText = SettingStatement(tenantId) + command.CommandText;
        }

        context.TenantSettingInTransaction = transactionId is { } started ? (started, tenantId) : null;
    }
}

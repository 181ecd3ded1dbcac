using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OwlDigital.Authorization;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

/// <summary>
/// A save that changes a membership, a tenant or an account's name tells the
/// <see cref="AccessChangeSignal"/>, so that open circuits read their access again at the next
/// call. Like <see cref="AccountSessionInvalidationInterceptor"/>, it signals once the change is
/// visible to others: after the save, and again after the commit when the save ran in a
/// transaction (a circuit reading in between would otherwise keep the old state).
/// </summary>
public sealed class AccessChangeInterceptor(AccessChangeSignal changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context, keep: false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context, keep: false);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _ = eventData.Context is { } context && _pending.Remove(context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changesAccess = context.ChangeTracker.Entries().Any(entry => entry.Entity switch
        {
            Membership or Tenant => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted,

            // Sign-ins update accounts all the time; only the name and the address are part of the access.
            OwlUser => entry.State is EntityState.Deleted
                || (entry.State is EntityState.Modified && (entry.Property(nameof(OwlUser.Email)).IsModified || entry.Property(nameof(OwlUser.DisplayName)).IsModified)),
            _ => false,
        });
        if (changesAccess)
        {
            _pending.AddOrUpdate(context, context);
        }
    }

    private void Signal(DbContext? context, bool keep)
    {
        if (context is null || !_pending.TryGetValue(context, out _))
        {
            return;
        }

        changes.Changed();
        if (!keep)
        {
            _pending.Remove(context);
        }
    }
}

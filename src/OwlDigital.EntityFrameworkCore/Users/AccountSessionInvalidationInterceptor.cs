using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OwlDigital.Users;

/// <summary>
/// Whatever gives an account a new security stamp or a lock (a password change or reset, an
/// admin's reset of the second factor, a lockout) goes through a save of the user: the session
/// check forgets the account, so its old tokens stop at the next request instead of when the
/// cached entry expires. The accounts are noted before the save (afterwards EF has accepted the
/// changes and nothing looks modified) and forgotten once the change is visible to other requests:
/// after the save, and again after the commit when the save ran inside a transaction, so that a
/// request reading in between cannot keep the old state cached.
/// </summary>
public sealed class AccountSessionInvalidationInterceptor(AccountSessionCache sessions) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

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
        ForgetNoted(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetNoted(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ForgetNoted(eventData.Context, keep: false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetNoted(eventData.Context, keep: false);
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

        foreach (var entry in context.ChangeTracker.Entries<OwlUser>())
        {
            if (entry.State is EntityState.Deleted
                || (entry.State is EntityState.Modified && (entry.Property(u => u.SecurityStamp).IsModified || entry.Property(u => u.LockoutEnd).IsModified)))
            {
                _pending.GetOrCreateValue(context).Add(entry.Entity.Id);
                sessions.Forget(entry.Entity.Id);
            }
        }
    }

    private void ForgetNoted(DbContext? context, bool keep)
    {
        if (context is null || !_pending.TryGetValue(context, out var userIds))
        {
            return;
        }

        foreach (var userId in userIds)
        {
            sessions.Forget(userId);
        }

        if (!keep)
        {
            _pending.Remove(context);
        }
    }
}

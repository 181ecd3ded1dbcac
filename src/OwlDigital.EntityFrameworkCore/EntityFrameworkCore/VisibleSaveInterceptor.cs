using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// For caches that must drop what a save changed: notes it before the save (afterwards EF has
/// accepted the changes and nothing looks modified) and acts once the change is visible to other
/// requests: after the save, and again after the commit when the save ran inside a transaction, so
/// that a request reading in between cannot keep the old state cached. A rollback forgets the note.
/// </summary>
public abstract class VisibleSaveInterceptor<TNote> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TNote : class
{
    private readonly ConditionalWeakTable<DbContext, TNote> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Act(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Act(eventData.Context, keep: eventData.Context?.Database.CurrentTransaction is not null);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Act(eventData.Context, keep: false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Act(eventData.Context, keep: false);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _ = eventData.Context is { } context && _pending.Remove(context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>What the coming save changes that matters here, added to what this context noted before in the same transaction (null: nothing).</summary>
    protected abstract TNote? Note(DbContext context, TNote? noted);

    /// <summary>The noted change is visible to other requests now.</summary>
    protected abstract void OnVisible(TNote noted);

    private void Remember(DbContext? context)
    {
        if (context is not null && Note(context, _pending.TryGetValue(context, out var noted) ? noted : null) is { } note)
        {
            _pending.AddOrUpdate(context, note);
        }
    }

    private void Act(DbContext? context, bool keep)
    {
        if (context is null || !_pending.TryGetValue(context, out var noted))
        {
            return;
        }

        OnVisible(noted);
        if (!keep)
        {
            _pending.Remove(context);
        }
    }
}

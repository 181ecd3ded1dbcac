using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OwlDigital.Users;

/// <summary>
/// Whatever gives an account a new security stamp or a lockout (a password change or reset, an
/// admin's reset of the second factor, too many wrong passwords) goes through a save of the user:
/// the session check forgets the account here, so its old tokens stop at the next request instead
/// of when the cached entry expires.
/// </summary>
public sealed class AccountSessionInvalidationInterceptor(AccountSessionCache sessions) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Again after the write: a request in between may have cached the old state.
        Forget(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Forget(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Forget(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void Forget(DbContext? context)
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
                sessions.Forget(entry.Entity.Id);
            }
        }
    }
}

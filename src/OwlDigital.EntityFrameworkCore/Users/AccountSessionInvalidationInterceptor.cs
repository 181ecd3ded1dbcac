using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Users;

/// <summary>
/// Whatever gives an account a new security stamp or a lock (a password change or reset, an
/// admin's reset of the second factor, a lockout) goes through a save of the user: the session
/// check forgets the account, so its old tokens stop at the next request instead of when the
/// cached entry expires. It forgets before the save and again once the change is visible to other
/// requests (<see cref="VisibleSaveInterceptor{TNote}"/>).
/// </summary>
public sealed class AccountSessionInvalidationInterceptor(AccountSessionCache sessions) : VisibleSaveInterceptor<HashSet<Guid>>
{
    protected override HashSet<Guid>? Note(DbContext context, HashSet<Guid>? noted)
    {
        foreach (var entry in context.ChangeTracker.Entries<OwlUser>())
        {
            if (entry.State is EntityState.Deleted
                || (entry.State is EntityState.Modified && (entry.Property(u => u.SecurityStamp).IsModified || entry.Property(u => u.LockoutEnd).IsModified)))
            {
                noted ??= [];
                noted.Add(entry.Entity.Id);
                sessions.Forget(entry.Entity.Id);
            }
        }

        return noted;
    }

    protected override void OnVisible(HashSet<Guid> noted)
    {
        foreach (var userId in noted)
        {
            sessions.Forget(userId);
        }
    }
}

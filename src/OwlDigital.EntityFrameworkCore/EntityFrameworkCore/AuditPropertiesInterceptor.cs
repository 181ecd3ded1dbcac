using Microsoft.EntityFrameworkCore;
using OwlDigital.Entities;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Stamps audit times and renews the concurrency stamp on every save, so neither the domain nor
/// the application layer can forget it. The stamp's original value stays in the UPDATE's WHERE
/// clause, which is what detects a concurrent edit.
/// </summary>
public sealed class AuditPropertiesInterceptor(TimeProvider timeProvider) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = timeProvider.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added && entry.Entity is IAuditedObject added)
            {
                added.CreationTime = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                if (entry.Entity is IAuditedObject modified)
                {
                    modified.LastModificationTime = now;
                }

                if (entry.Entity is IHasConcurrencyStamp stamped)
                {
                    stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
                }
            }
        }
    }
}

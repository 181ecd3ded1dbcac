using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OwlDigital.Entities;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Stamps audit times and renews the concurrency stamp on every save, so neither the domain nor
/// the application layer can forget it. The stamp's original value stays in the UPDATE's WHERE
/// clause, which is what detects a concurrent edit.
/// </summary>
public sealed class AuditPropertiesInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
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

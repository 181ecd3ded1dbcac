using Microsoft.EntityFrameworkCore;
using OwlDigital.Authorization;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

/// <summary>
/// A save that changes a membership, a tenant or an account's name tells the
/// <see cref="AccessChangeSignal"/> once the change is visible, so that open circuits read their
/// access again at the next call.
/// </summary>
public sealed class AccessChangeInterceptor(AccessChangeSignal changes) : VisibleSaveInterceptor<object>
{
    private static readonly object Changed = new();

    protected override object? Note(DbContext context, object? noted) =>
        noted ?? (context.ChangeTracker.Entries().Any(entry => entry.Entity switch
        {
            Membership or Tenant => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted,

            // Sign-ins update accounts all the time; only the name and the address are part of the access.
            OwlUser => entry.State is EntityState.Deleted
                || (entry.State is EntityState.Modified && (entry.Property(nameof(OwlUser.Email)).IsModified || entry.Property(nameof(OwlUser.DisplayName)).IsModified)),
            _ => false,
        }) ? Changed : null);

    protected override void OnVisible(object noted) => changes.Changed();
}

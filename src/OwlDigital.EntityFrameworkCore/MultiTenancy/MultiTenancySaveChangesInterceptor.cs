using Microsoft.EntityFrameworkCore;
using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Stamps the current tenant on new tenant-owned rows and refuses any write to another tenant's
/// row, whatever the calling code did. Row-level security in PostgreSQL refuses it a second time.
/// </summary>
public sealed class MultiTenancySaveChangesInterceptor : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext? context)
    {
        if (context is not OwlDigitalDbContext owlContext)
        {
            return;
        }

        if (owlContext.IsCrossTenantRead)
        {
            throw new InvalidOperationException("A cross-tenant read context never saves.");
        }

        foreach (var entry in owlContext.ChangeTracker.Entries<IMultiTenant>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (owlContext.CurrentTenantId is not { } tenantId)
            {
                throw new BusinessException(OwlDigitalErrorCodes.MultiTenancy.NoCurrentTenant)
                    .WithDetail("Entity", entry.Metadata.ClrType.Name);
            }

            var tenantProperty = entry.Property(nameof(IMultiTenant.TenantId));
            if (entry.State == EntityState.Added && (Guid)tenantProperty.CurrentValue! == Guid.Empty)
            {
                tenantProperty.CurrentValue = tenantId;
            }

            var owner = entry.State == EntityState.Added ? (Guid)tenantProperty.CurrentValue! : (Guid)tenantProperty.OriginalValue!;
            if (owner != tenantId || (Guid)tenantProperty.CurrentValue! != tenantId)
            {
                throw new AuthorizationException(OwlDigitalErrorCodes.MultiTenancy.CrossTenantWrite, isAuthenticated: true)
                    .WithDetail("Entity", entry.Metadata.ClrType.Name);
            }
        }
    }
}

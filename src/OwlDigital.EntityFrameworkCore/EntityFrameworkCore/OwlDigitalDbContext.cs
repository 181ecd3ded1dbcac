using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OwlDigital.ExceptionHandling;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore;

public class OwlDigitalDbContext(DbContextOptions<OwlDigitalDbContext> options, ICurrentTenant? currentTenant = null)
    : IdentityUserContext<OwlUser, Guid>(options), IUnitOfWork
{
    /// <summary>ICU collation so that names sort as a German reader expects (Ä with A, not after Z).</summary>
    public const string GermanCollation = "german";

    /// <summary>The name of the tenant query filter on every <see cref="IMultiTenant"/> entity.</summary>
    public const string TenantFilterName = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Membership> Memberships => Set<Membership>();

    /// <summary>
    /// Read by the tenant filter at query time (EF turns it into a parameter). Null on the host
    /// side, which then sees no tenant-owned row at all through the ordinary path.
    /// </summary>
    internal Guid? CurrentTenantId => currentTenant?.Id;

    async Task<int> IUnitOfWork.SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict, innerException: exception);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        modelBuilder.HasCollation(GermanCollation, locale: "de-DE", provider: "icu", deterministic: true);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OwlDigitalDbContext).Assembly);

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)))
        {
            ConfigureTenantFilterMethod.MakeGenericMethod(entityType.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private static readonly MethodInfo ConfigureTenantFilterMethod =
        typeof(OwlDigitalDbContext).GetMethod(nameof(ConfigureTenantFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private void ConfigureTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, IMultiTenant
    {
        Expression<Func<TEntity, bool>> filter = e => e.TenantId == CurrentTenantId;
        modelBuilder.Entity<TEntity>().HasQueryFilter(TenantFilterName, filter);
        modelBuilder.Entity<TEntity>().HasIndex(e => e.TenantId);
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OwlDigital.Auditing;
using OwlDigital.ExceptionHandling;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore;

public class OwlDigitalDbContext(
    DbContextOptions<OwlDigitalDbContext> options,
    ICurrentTenant? currentTenant = null,
    ICurrentUser? currentUser = null)
    : IdentityUserContext<OwlUser, Guid>(options), IUnitOfWork, IDataProtectionKeyContext
{
    /// <summary>ICU collation so that names sort as a German reader expects (Ä with A, not after Z).</summary>
    public const string GermanCollation = "german";

    /// <summary>The name of the tenant query filter on every <see cref="IMultiTenant"/> entity.</summary>
    public const string TenantFilterName = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MembershipInvitation> MembershipInvitations => Set<MembershipInvitation>();

    public DbSet<AuditLogEntry> AuditLogEntries => Set<AuditLogEntry>();

    /// <summary>The ASP.NET Core data-protection key ring, shared by all instances of the web host.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Read by the tenant filter at query time (EF turns it into a parameter). Null on the host
    /// side, which then sees no tenant-owned row at all through the ordinary path.
    /// </summary>
    internal Guid? CurrentTenantId => currentTenant?.Id;

    internal ICurrentUser? CurrentUser => currentUser;

    /// <summary>
    /// Set only by <see cref="CrossTenantReader"/>: the context sees every tenant's rows and cannot
    /// save. No other code can create such a context.
    /// </summary>
    internal bool IsCrossTenantRead { get; init; }

    /// <summary>
    /// The transaction that already carries the tenant setting, and for which tenant
    /// (<see cref="TenantSettingInterceptor"/>): later commands in it need not repeat it.
    /// </summary>
    internal (Guid TransactionId, Guid? TenantId)? TenantSettingInTransaction { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SaveInTransaction();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        SaveInTransaction();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// EF saves a single statement without a transaction; ours always get one, because the
    /// tenant setting is transaction-local and must precede the save's batch. Inside a transaction
    /// of our own EF would wrap the save in a savepoint (two more round trips) so that a failed
    /// save could be retried; a failure rolls our whole unit of work back instead.
    /// </summary>
    private void SaveInTransaction()
    {
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        Database.AutoSavepointsEnabled = false;
    }

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
        catch (DbUpdateException exception) when (exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The rules were checked before saving; a unique key that fails now was taken by a
            // concurrent request in the meantime (two analysts publishing the same round at once).
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict, innerException: exception);
        }
    }

    async Task<T> IUnitOfWork.InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Entities the failed work added stay tracked otherwise and would be saved by the next call.
            ChangeTracker.Clear();
            throw;
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
        Expression<Func<TEntity, bool>> filter = e => IsCrossTenantRead || e.TenantId == CurrentTenantId;
        modelBuilder.Entity<TEntity>().HasQueryFilter(TenantFilterName, filter);
        modelBuilder.Entity<TEntity>().HasIndex(e => e.TenantId);
    }
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.EntityFrameworkCore;

public class OwlDigitalDbContext(DbContextOptions<OwlDigitalDbContext> options) : DbContext(options), IUnitOfWork
{
    /// <summary>ICU collation so that names sort as a German reader expects (Ä with A, not after Z).</summary>
    public const string GermanCollation = "german";

    public DbSet<Tenant> Tenants => Set<Tenant>();

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
        modelBuilder.HasCollation(GermanCollation, locale: "de-DE", provider: "icu", deterministic: true);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OwlDigitalDbContext).Assembly);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>
/// Used by dotnet-ef only. Adding a migration needs no live database; applying one from the
/// command line reads OWLDIGITAL_MIGRATIONS_CONNECTION.
/// </summary>
public sealed class OwlDigitalDbContextFactory : IDesignTimeDbContextFactory<OwlDigitalDbContext>
{
    public OwlDigitalDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("OWLDIGITAL_MIGRATIONS_CONNECTION")
            ?? "Host=127.0.0.1;Port=55432;Database=owldigital;Username=owl_owner";
        var options = new DbContextOptionsBuilder<OwlDigitalDbContext>().UseOwlDigitalNpgsql(connectionString).Options;
        return new OwlDigitalDbContext(options);
    }
}

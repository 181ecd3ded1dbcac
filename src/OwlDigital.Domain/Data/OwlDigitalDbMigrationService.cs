using Microsoft.Extensions.Logging;

namespace OwlDigital.Data;

/// <summary>Migrates the schema, then runs every seed contributor. Used by the DbMigrator and the run script.</summary>
public sealed class OwlDigitalDbMigrationService(
    IEnumerable<IOwlDigitalDbSchemaMigrator> schemaMigrators,
    IEnumerable<IDataSeedContributor> seedContributors,
    ILogger<OwlDigitalDbMigrationService> logger)
{
    public async Task<DataSeedContext> MigrateAndSeedAsync(CancellationToken cancellationToken = default) =>
        await MigrateAndSeedAsync(new DataSeedContext(), cancellationToken);

    public async Task<DataSeedContext> MigrateAndSeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        foreach (var migrator in schemaMigrators)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        logger.LogInformation("Database schema is up to date");

        foreach (var contributor in seedContributors)
        {
            await contributor.SeedAsync(context, cancellationToken);
        }

        foreach (var (what, count) in context.Changes)
        {
            logger.LogInformation("Seeded {What}: {Count} changes", what, count);
        }

        logger.LogInformation("Seeding finished with {Count} changes", context.TotalChanges);
        return context;
    }
}

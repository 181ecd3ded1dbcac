namespace OwlDigital.Data;

/// <summary>Brings the database schema up to date; implemented by the persistence layer.</summary>
public interface IOwlDigitalDbSchemaMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken = default);
}

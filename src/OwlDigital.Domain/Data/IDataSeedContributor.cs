namespace OwlDigital.Data;

/// <summary>
/// Brings reference or demo data to its wanted state. Contributors must be idempotent: a second
/// run over the same data changes nothing.
/// </summary>
public interface IDataSeedContributor
{
    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}

namespace OwlDigital.Portfolios;

public interface IProgramRepository
{
    /// <summary>The current tenant's programs with their targets, tracked.</summary>
    Task<List<DigitalProgram>> GetAllAsync(CancellationToken cancellationToken = default);

    Task<DigitalProgram?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(DigitalProgram program, CancellationToken cancellationToken = default);
}

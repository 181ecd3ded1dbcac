namespace OwlDigital.Uow;

/// <summary>Commits what the repositories of one request changed, in one transaction.</summary>
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

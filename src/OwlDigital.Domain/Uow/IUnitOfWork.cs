namespace OwlDigital.Uow;

/// <summary>Commits what the repositories of one request changed, in one transaction.</summary>
public interface IUnitOfWork
{
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs work that saves more than once (e.g. Identity's user manager saves on its own) as one
    /// database transaction: all of it is committed, or none of it.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default);
}

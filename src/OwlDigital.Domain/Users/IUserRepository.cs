namespace OwlDigital.Users;

public interface IUserRepository
{
    /// <summary>Users whose e-mail address or name contains the filter, ordered by name.</summary>
    Task<(List<OwlUser> Items, long TotalCount)> GetListAsync(string? filter, int skip, int take, CancellationToken cancellationToken = default);

    Task<List<OwlUser>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}

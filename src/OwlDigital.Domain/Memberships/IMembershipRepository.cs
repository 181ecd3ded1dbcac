namespace OwlDigital.Memberships;

public interface IMembershipRepository
{
    /// <summary>The account's name, memberships and their tenants, in one query; null when the account does not exist.</summary>
    Task<Authorization.UserAccess?> GetAccessAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<List<Membership>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<List<Membership>> GetForTenantAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<List<Membership>> GetForUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>Tracked, for removal.</summary>
    Task<Membership?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>How many memberships of the role exist in the tenant (null: on the host side).</summary>
    Task<int> CountAsync(MembershipRole role, Guid? tenantId, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(Guid userId, MembershipRole role, Guid? tenantId, CancellationToken cancellationToken = default);

    Task InsertAsync(Membership membership, CancellationToken cancellationToken = default);

    void Delete(Membership membership);
}

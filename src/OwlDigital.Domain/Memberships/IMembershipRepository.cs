namespace OwlDigital.Memberships;

public interface IMembershipRepository
{
    Task<List<Membership>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default);

    Task<List<Membership>> GetForTenantAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(Guid userId, MembershipRole role, Guid? tenantId, CancellationToken cancellationToken = default);

    Task InsertAsync(Membership membership, CancellationToken cancellationToken = default);

    void Delete(Membership membership);
}

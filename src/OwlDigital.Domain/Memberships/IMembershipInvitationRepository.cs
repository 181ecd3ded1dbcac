namespace OwlDigital.Memberships;

public interface IMembershipInvitationRepository
{
    Task<List<MembershipInvitation>> GetForTenantAsync(Guid tenantId, CancellationToken cancellationToken = default);

    Task<List<MembershipInvitation>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Tracked, for accepting, declining or cancelling.</summary>
    Task<MembershipInvitation?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default);

    Task InsertAsync(MembershipInvitation invitation, CancellationToken cancellationToken = default);

    void Delete(MembershipInvitation invitation);
}

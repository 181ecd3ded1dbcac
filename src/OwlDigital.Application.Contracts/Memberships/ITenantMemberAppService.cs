using OwlDigital.Dtos;

namespace OwlDigital.Memberships;

/// <summary>The current tenant's people: who works here in which role; the tenant admin invites and removes.</summary>
public interface ITenantMemberAppService
{
    Task<ListResultDto<TenantMemberDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task<TenantMemberDto> InviteAsync(InviteMemberDto input, CancellationToken cancellationToken = default);

    Task RemoveAsync(Guid membershipId, CancellationToken cancellationToken = default);

    /// <summary>Sends an open invitation's mail again (at most every ten minutes).</summary>
    Task<TenantMemberDto> ResendInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default);
}

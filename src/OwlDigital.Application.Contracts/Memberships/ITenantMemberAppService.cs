using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Memberships;

/// <summary>The current tenant's people: who works here in which role; the tenant admin invites and removes.</summary>
public interface ITenantMemberAppService
{
    [RequiresPermission(OwlDigitalPermissions.Memberships.Default)]
    Task<ListResultDto<TenantMemberDto>> GetListAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Memberships.Manage)]
    Task<TenantMemberDto> InviteAsync(InviteMemberDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Memberships.Manage)]
    Task RemoveAsync(Guid membershipId, CancellationToken cancellationToken = default);

    /// <summary>Sends an open invitation's mail again (at most every ten minutes).</summary>
    [RequiresPermission(OwlDigitalPermissions.Memberships.Manage)]
    Task<TenantMemberDto> ResendInvitationAsync(Guid invitationId, CancellationToken cancellationToken = default);
}

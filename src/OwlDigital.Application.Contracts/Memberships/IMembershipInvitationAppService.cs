using OwlDigital.Authorization;

namespace OwlDigital.Memberships;

/// <summary>An invitation the signed-in person may accept or decline.</summary>
public sealed record MembershipInvitationDto(Guid Id, Guid TenantId, string TenantName, MembershipRole Role, DateTimeOffset InvitedAt);

/// <summary>The signed-in person's own invitations: they join a tenant only by accepting one.</summary>
public interface IMembershipInvitationAppService
{
    Task<IReadOnlyList<MembershipInvitationDto>> GetMineAsync(CancellationToken cancellationToken = default);

    /// <summary>Joins the tenant in the offered role.</summary>
    Task AcceptAsync(Guid invitationId, CancellationToken cancellationToken = default);

    /// <summary>Declines: the invitation is gone and nothing else remains of it.</summary>
    Task DeclineAsync(Guid invitationId, CancellationToken cancellationToken = default);
}

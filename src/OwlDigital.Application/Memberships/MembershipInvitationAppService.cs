using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

public sealed class MembershipInvitationAppService(
    IMembershipInvitationRepository invitations,
    MembershipManager membershipManager,
    ITenantRepository tenants,
    ICurrentUser currentUser,
    OwlDigital.MultiTenancy.ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork) : IMembershipInvitationAppService
{
    public async Task<IReadOnlyList<MembershipInvitationDto>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        var mine = await invitations.GetForUserAsync(RequireUser(), cancellationToken);
        var names = (await tenants.GetByIdsAsync(mine.Select(i => i.TenantId).ToHashSet(), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        return mine.Select(i => new MembershipInvitationDto(i.Id, i.TenantId, names.GetValueOrDefault(i.TenantId, "?"), i.Role, i.CreationTime)).ToList();
    }

    // The answer is recorded in the inviting tenant's audit log, not in whichever tenant the
    // person happens to work in: that tenant would learn where else they were invited.
    public async Task AcceptAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await FindMineAsync(invitationId, cancellationToken);
        using (currentTenant.Change(invitation.TenantId))
        {
            await membershipManager.AcceptAsync(invitation, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task DeclineAsync(Guid invitationId, CancellationToken cancellationToken = default)
    {
        var invitation = await FindMineAsync(invitationId, cancellationToken);
        using (currentTenant.Change(invitation.TenantId))
        {
            invitations.Delete(invitation);
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    // Someone else's invitation looks exactly like an unknown one.
    private async Task<MembershipInvitation> FindMineAsync(Guid invitationId, CancellationToken cancellationToken) =>
        await invitations.FindAsync(invitationId, cancellationToken) is { } invitation && invitation.UserId == RequireUser()
            ? invitation
            : throw new EntityNotFoundException(typeof(MembershipInvitation), invitationId);

    private Guid RequireUser() => currentUser.Id ?? throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
}

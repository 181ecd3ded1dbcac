using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Memberships;

public sealed class EfCoreMembershipInvitationRepository(OwlDigitalDbContext dbContext) : IMembershipInvitationRepository
{
    public Task<List<MembershipInvitation>> GetForTenantAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        dbContext.MembershipInvitations.AsNoTracking().Where(i => i.TenantId == tenantId).OrderBy(i => i.CreationTime).ToListAsync(cancellationToken);

    public Task<List<MembershipInvitation>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        dbContext.MembershipInvitations.AsNoTracking().Where(i => i.UserId == userId).OrderBy(i => i.CreationTime).ToListAsync(cancellationToken);

    public Task<MembershipInvitation?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.MembershipInvitations.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default) =>
        dbContext.MembershipInvitations.AnyAsync(i => i.UserId == userId && i.TenantId == tenantId, cancellationToken);

    public async Task InsertAsync(MembershipInvitation invitation, CancellationToken cancellationToken = default) =>
        await dbContext.MembershipInvitations.AddAsync(invitation, cancellationToken);

    public void Delete(MembershipInvitation invitation) => dbContext.MembershipInvitations.Remove(invitation);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Memberships;

public sealed class EfCoreMembershipRepository(OwlDigitalDbContext dbContext) : IMembershipRepository
{
    public Task<List<Membership>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);

    public Task<List<Membership>> GetForTenantAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.Where(m => m.TenantId == tenantId).ToListAsync(cancellationToken);

    public Task<List<Membership>> GetForUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.AsNoTracking().Where(m => userIds.Contains(m.UserId)).ToListAsync(cancellationToken);

    public Task<Membership?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public Task<int> CountAsync(MembershipRole role, Guid? tenantId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.CountAsync(m => m.Role == role && m.TenantId == tenantId, cancellationToken);

    public Task<bool> ExistsAsync(Guid userId, MembershipRole role, Guid? tenantId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.AnyAsync(m => m.UserId == userId && m.Role == role && m.TenantId == tenantId, cancellationToken);

    public async Task InsertAsync(Membership membership, CancellationToken cancellationToken = default) =>
        await dbContext.Memberships.AddAsync(membership, cancellationToken);

    public void Delete(Membership membership) => dbContext.Memberships.Remove(membership);
}

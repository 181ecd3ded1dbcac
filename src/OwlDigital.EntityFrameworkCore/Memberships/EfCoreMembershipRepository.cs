using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Memberships;

public sealed class EfCoreMembershipRepository(OwlDigitalDbContext dbContext) : IMembershipRepository
{
    public Task<List<Membership>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync(cancellationToken);

    public Task<List<Membership>> GetForTenantAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.Where(m => m.TenantId == tenantId).ToListAsync(cancellationToken);

    public Task<bool> ExistsAsync(Guid userId, MembershipRole role, Guid? tenantId, CancellationToken cancellationToken = default) =>
        dbContext.Memberships.AnyAsync(m => m.UserId == userId && m.Role == role && m.TenantId == tenantId, cancellationToken);

    public async Task InsertAsync(Membership membership, CancellationToken cancellationToken = default) =>
        await dbContext.Memberships.AddAsync(membership, cancellationToken);

    public void Delete(Membership membership) => dbContext.Memberships.Remove(membership);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.Authorization;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Memberships;

public sealed class EfCoreMembershipRepository(OwlDigitalDbContext dbContext) : IMembershipRepository
{
    public async Task<UserAccess?> GetAccessAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        // One statement: the user, left-joined to the memberships, each left-joined to its tenant.
        var row = await dbContext.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                Memberships = (
                    from m in dbContext.Memberships
                    where m.UserId == u.Id
                    join t in dbContext.Tenants on m.TenantId equals (Guid?)t.Id into tenants
                    from t in tenants.DefaultIfEmpty()
                    select new { Membership = m, Tenant = t == null ? null : new { t.Id, t.Name, t.IsActive, t.Features, t.DistrictKey } })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var tenants = row.Memberships
            .Where(m => m.Tenant is not null)
            .Select(m => m.Tenant!)
            .DistinctBy(t => t.Id)
            .ToDictionary(t => t.Id, t => new TenantAccess(t.Id, t.Name, t.IsActive, t.Features, t.DistrictKey));
        return new UserAccess(userId, row.Email ?? string.Empty, row.DisplayName, row.Memberships.Select(m => m.Membership).ToList(), tenants);
    }

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

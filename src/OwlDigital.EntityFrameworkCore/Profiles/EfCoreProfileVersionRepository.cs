using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Profiles;

public sealed class EfCoreProfileVersionRepository(OwlDigitalDbContext dbContext, CrossTenantReader crossTenantReader) : IProfileVersionRepository
{
    private IQueryable<ProfileVersion> Versions => dbContext.Set<ProfileVersion>().AsNoTracking();

    public Task<ProfileVersion?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        Versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public Task<ProfileVersion?> FindByNumberAsync(int number, CancellationToken cancellationToken = default) =>
        Versions.FirstOrDefaultAsync(v => v.Number == number, cancellationToken);

    public Task<ProfileVersion?> FindAtAsync(DateTimeOffset time, CancellationToken cancellationToken = default) =>
        Versions.Where(v => v.ValidFrom <= time).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<List<(int Number, DateTimeOffset ValidFrom, ProfileChapter Chapter, string? ChangedByName)>> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        (await Versions.OrderByDescending(v => v.Number).Select(v => new { v.Number, v.ValidFrom, v.Chapter, v.ChangedByName }).ToListAsync(cancellationToken))
            .Select(v => (v.Number, v.ValidFrom, v.Chapter, v.ChangedByName))
            .ToList();

    public Task<List<ProfileVersion>> GetLatestOfAllTenantsAsync(CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync("PeerSearch", context =>
            context.Set<ProfileVersion>()
                .Where(v => v.Number == context.Set<ProfileVersion>().Where(o => o.TenantId == v.TenantId).Max(o => o.Number))
                .ToListAsync(cancellationToken), cancellationToken);

    public async Task InsertAsync(ProfileVersion version, CancellationToken cancellationToken = default) =>
        await dbContext.Set<ProfileVersion>().AddAsync(version, cancellationToken);
}

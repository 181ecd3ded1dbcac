using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Users;

public sealed class EfCoreUserRepository(OwlDigitalDbContext dbContext) : IUserRepository
{
    public async Task<(List<OwlUser> Items, long TotalCount)> GetListAsync(string? filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        var users = dbContext.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var pattern = LikePattern.Contains(filter.Trim());
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var total = await users.LongCountAsync(cancellationToken);
        var items = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ThenBy(u => u.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (items, total);
    }

    public Task<List<OwlUser>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        dbContext.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Notifications;

public sealed class EfCoreNotificationRepository(OwlDigitalDbContext dbContext) : INotificationRepository
{
    public Task<List<Notification>> GetListAsync(int maxCount, CancellationToken cancellationToken = default) =>
        dbContext.Set<Notification>().AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(maxCount).ToListAsync(cancellationToken);

    public Task<List<Notification>> GetUnreadForUpdateAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<Notification>().Where(n => n.ReadAt == null).ToListAsync(cancellationToken);

    public async Task DeliverAsync(IReadOnlyCollection<Guid> recipientTenantIds, Func<Notification> create, CancellationToken cancellationToken = default)
    {
        if (recipientTenantIds.Count == 0)
        {
            return;
        }

        // Row-level security admits a row into a tenant only in that tenant's context: each insert
        // switches the transaction-local setting to its recipient, in the insert's own command
        // (after the sender's setting that TenantSettingInterceptor puts in front of it). The sender cannot read them back.
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        foreach (var recipient in recipientTenantIds.Distinct())
        {
            var notification = create();
            await dbContext.Database.ExecuteSqlInterpolatedAsync(
                $"""
                SELECT set_config({TenantSettingInterceptor.SettingName}, {recipient.ToString()}, true);
                INSERT INTO notifications (id, tenant_id, kind, subject_id, subject_title, from_tenant_name, created_at)
                VALUES ({notification.Id}, {recipient}, {(int)notification.Kind}, {notification.SubjectId}, {notification.SubjectTitle}, {notification.FromTenantName}, {notification.CreatedAt})
                """,
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

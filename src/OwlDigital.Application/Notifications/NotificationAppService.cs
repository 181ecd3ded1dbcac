using OwlDigital.Authorization;
using OwlDigital.Uow;

namespace OwlDigital.Notifications;

public sealed class NotificationAppService(INotificationRepository notifications, TimeProvider timeProvider, IUnitOfWork unitOfWork)
    : INotificationAppService
{
    private const int MaxShown = 50;

    public async Task<IReadOnlyList<NotificationDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        return (await notifications.GetListAsync(MaxShown, cancellationToken))
            .Select(n => new NotificationDto(n.Id, n.Kind, n.SubjectId, n.SubjectTitle, n.FromTenantName, n.CreatedAt, n.ReadAt is not null))
            .ToList();
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var notification in await notifications.GetUnreadForUpdateAsync(cancellationToken))
        {
            notification.MarkRead(now);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
    }
}

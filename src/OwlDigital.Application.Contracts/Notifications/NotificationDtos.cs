using OwlDigital.Authorization;

namespace OwlDigital.Notifications;

public sealed record NotificationDto(Guid Id, NotificationKind Kind, Guid SubjectId, string SubjectTitle, string FromTenantName, DateTimeOffset CreatedAt, bool IsRead);

public interface INotificationAppService
{
    /// <summary>The current tenant's latest notifications (50), newest first.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<NotificationDto>> GetListAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task MarkAllReadAsync(CancellationToken cancellationToken = default);
}

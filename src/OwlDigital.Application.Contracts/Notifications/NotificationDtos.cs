namespace OwlDigital.Notifications;

public sealed record NotificationDto(Guid Id, NotificationKind Kind, Guid SubjectId, string SubjectTitle, string FromTenantName, DateTimeOffset CreatedAt, bool IsRead);

public interface INotificationAppService
{
    /// <summary>The current tenant's latest notifications (50), newest first.</summary>
    Task<IReadOnlyList<NotificationDto>> GetListAsync(CancellationToken cancellationToken = default);

    Task MarkAllReadAsync(CancellationToken cancellationToken = default);
}

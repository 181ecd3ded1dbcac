namespace OwlDigital.Notifications;

public interface INotificationRepository
{
    /// <summary>The current tenant's notifications, newest first.</summary>
    Task<List<Notification>> GetListAsync(int maxCount, CancellationToken cancellationToken = default);

    Task<List<Notification>> GetUnreadForUpdateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Delivers one notification to each recipient tenant, each written in that tenant's context (the
    /// only way row-level security lets a row into another tenant), in one transaction.
    /// </summary>
    Task DeliverAsync(IReadOnlyCollection<Guid> recipientTenantIds, Func<Notification> create, CancellationToken cancellationToken = default);
}

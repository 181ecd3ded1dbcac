using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Notifications;

/// <summary>
/// A message to a tenant about what another tenant did (interest in an EfA service it uses, a newer
/// version of a form it adopted, a question on its form). Owned by the recipient: written in the
/// recipient's tenant context, so the sender can create it but never read it back.
/// </summary>
public class Notification : Entity<Guid>, IMultiTenant
{
    private Notification()
    {
        SubjectTitle = null!;
        FromTenantName = null!;
    }

    public Notification(Guid id, NotificationKind kind, Guid subjectId, string subjectTitle, string fromTenantName, DateTimeOffset createdAt)
        : base(id)
    {
        Kind = kind;
        SubjectId = subjectId;
        SubjectTitle = subjectTitle;
        FromTenantName = fromTenantName;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The shared form or EfA service it is about.</summary>
    public Guid SubjectId { get; private set; }

    public string SubjectTitle { get; private set; }

    public string FromTenantName { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

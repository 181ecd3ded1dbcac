using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>
/// One message of the thread between a tenant asking about a form and the form's publisher. Owned
/// by the tenant that wrote it; the thread (asker + form) is visible to the asker and the publisher
/// only, which row-level security enforces.
/// </summary>
public class FormQuestion : Entity<Guid>, IMultiTenant
{
    private FormQuestion()
    {
        AuthorTenantName = null!;
        Text = null!;
    }

    public FormQuestion(Guid id, SharedForm form, Guid askerTenantId, string authorTenantName, string? authorName, string text, DateTimeOffset createdAt)
        : base(id)
    {
        FormId = form.Id;
        PublisherTenantId = form.TenantId;
        AskerTenantId = askerTenantId;
        AuthorTenantName = authorTenantName;
        AuthorName = authorName;
        Text = SharingText.Required(text, SharingConsts.MaxTextLength, nameof(Text));
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid FormId { get; private set; }

    public Guid PublisherTenantId { get; private set; }

    /// <summary>The tenant that asked: one thread per form and asker.</summary>
    public Guid AskerTenantId { get; private set; }

    public string AuthorTenantName { get; private set; }

    public string? AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

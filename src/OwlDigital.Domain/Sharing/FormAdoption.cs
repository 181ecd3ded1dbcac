using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>
/// The adopter's record that it took a version of another tenant's form, and the online service
/// the adoption created. Owned by the adopter; the publisher reads the adoptions of its own forms
/// (row-level security admits rows whose publisher is the current tenant). Keeps the title and
/// publisher as they were, so the link survives the form being withdrawn.
/// </summary>
public class FormAdoption : Entity<Guid>, IMultiTenant
{
    private FormAdoption()
    {
        FormTitle = null!;
        PublisherName = null!;
        AdopterName = null!;
    }

    public FormAdoption(Guid id, SharedForm form, string adopterName, Guid onlineServiceId, string? adoptedByName, DateTimeOffset adoptedAt)
        : base(id)
    {
        FormId = form.Id;
        PublisherTenantId = form.TenantId;
        FormTitle = form.Title;
        PublisherName = form.PublisherName;
        VersionNumber = form.CurrentVersion;
        AdopterName = adopterName;
        OnlineServiceId = onlineServiceId;
        AdoptedByName = adoptedByName;
        AdoptedAt = adoptedAt;
    }

    public Guid TenantId { get; private set; }

    public Guid FormId { get; private set; }

    public Guid PublisherTenantId { get; private set; }

    public string FormTitle { get; private set; }

    public string PublisherName { get; private set; }

    /// <summary>The version taken; a newer one does not change it.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>The adopting tenant's name, for the publisher's list of adopters.</summary>
    public string AdopterName { get; private set; }

    public Guid OnlineServiceId { get; private set; }

    public string? AdoptedByName { get; private set; }

    public DateTimeOffset AdoptedAt { get; private set; }
}

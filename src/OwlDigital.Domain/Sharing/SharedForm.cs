using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.OnlineServices;

namespace OwlDigital.Sharing;

/// <summary>
/// An application form a tenant shares with the others (Formularbörse): what it is for (LeiKa key,
/// OZG service), which tool built it, its terms of reuse and contact, who may see it, and its
/// versions. Owned by the publisher; other tenants read it only while it is published (row-level
/// security admits exactly that) and never write it.
/// </summary>
public class SharedForm : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<SharedFormVersion> _versions = [];

    private SharedForm()
    {
        PublisherName = null!;
        DistrictKey = null!;
        Title = null!;
    }

    public SharedForm(Guid id, string publisherName, string districtKey, SharedFormDetails details, string? versionNotes, DateTimeOffset now)
        : base(id)
    {
        PublisherName = publisherName;
        DistrictKey = districtKey;
        Title = null!;
        Update(details);
        State = SharedFormState.Published;
        PublishedAt = now;
        _versions.Add(new SharedFormVersion(Guid.NewGuid(), id, 1, details.ToolVersion, versionNotes, now));
        CurrentVersion = 1;
    }

    public Guid TenantId { get; private set; }

    /// <summary>The publishing tenant's name when it published, shown to the others.</summary>
    public string PublisherName { get; private set; }

    /// <summary>The publisher's district: with <see cref="SharingVisibility.District"/>, only its tenants see the form.</summary>
    public string DistrictKey { get; private set; }

    public string Title { get; private set; }

    /// <summary>The LeiKa service the form applies for (14-digit key), checked against the catalogue.</summary>
    public string? LeiKaKey { get; private set; }

    public string? LeiKaName { get; private set; }

    public int? OzgServiceId { get; private set; }

    public string? FormTool { get; private set; }

    public string? ToolVersion { get; private set; }

    public FormFormat? Format { get; private set; }

    public string? Description { get; private set; }

    public string? Terms { get; private set; }

    public string? Contact { get; private set; }

    public SharingVisibility Visibility { get; private set; }

    public SharedFormState State { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public int CurrentVersion { get; private set; }

    public IReadOnlyCollection<SharedFormVersion> Versions => _versions;

    public bool IsPublished => State == SharedFormState.Published;

    /// <summary>
    /// Whether a tenant of the given district may see the form at all (a withdrawn one too, marked as
    /// such); the library lists and adoption take published forms only.
    /// </summary>
    public bool IsVisibleTo(Guid tenantId, string? districtKey) =>
        tenantId == TenantId || Visibility == SharingVisibility.Region || districtKey == DistrictKey;

    public void Update(SharedFormDetails details)
    {
        Title = SharingText.Required(details.Title, SharingConsts.MaxTitleLength, nameof(Title));
        (LeiKaKey, LeiKaName) = (details.LeiKaKey, details.LeiKaName);
        OzgServiceId = details.OzgServiceId;
        FormTool = SharingText.Optional(details.FormTool, SharingConsts.MaxShortTextLength, nameof(FormTool));
        ToolVersion = SharingText.Optional(details.ToolVersion, SharingConsts.MaxShortTextLength, nameof(ToolVersion));
        Format = details.Format is { } format && !Enum.IsDefined(format)
            ? throw new BusinessException(OwlDigitalErrorCodes.ValidationFailed).ForField(nameof(Format))
            : details.Format;
        Description = SharingText.Optional(details.Description, SharingConsts.MaxTextLength, nameof(Description));
        Terms = SharingText.Optional(details.Terms, SharingConsts.MaxTextLength, nameof(Terms));
        Contact = SharingText.Optional(details.Contact, SharingConsts.MaxShortTextLength, nameof(Contact));
        Visibility = Enum.IsDefined(details.Visibility)
            ? details.Visibility
            : throw new BusinessException(OwlDigitalErrorCodes.ValidationFailed).ForField(nameof(Visibility));
    }

    /// <summary>
    /// A new version: what adopters already took stays as it was (they keep the version number they
    /// adopted); they are told a newer one exists.
    /// </summary>
    public SharedFormVersion PublishVersion(string? toolVersion, string? notes, DateTimeOffset now)
    {
        EnsurePublished();
        ToolVersion = SharingText.Optional(toolVersion, SharingConsts.MaxShortTextLength, nameof(ToolVersion)) ?? ToolVersion;
        var version = new SharedFormVersion(Guid.NewGuid(), Id, CurrentVersion + 1, ToolVersion, notes, now);
        _versions.Add(version);
        CurrentVersion = version.Number;
        return version;
    }

    /// <summary>Hidden from new adopters; those who adopted keep their link and their copy.</summary>
    public void Withdraw(DateTimeOffset now)
    {
        EnsurePublished();
        State = SharedFormState.Withdrawn;
        WithdrawnAt = now;
    }

    /// <summary>Adopting one's own form, or a withdrawn one, is refused with a reason the adopter understands.</summary>
    public void EnsureAdoptableBy(Guid tenantId)
    {
        if (tenantId == TenantId)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.OwnItem).WithDetail("Title", Title);
        }

        EnsurePublished();
    }

    private void EnsurePublished()
    {
        if (!IsPublished)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.Withdrawn).WithDetail("Title", Title);
        }
    }
}

/// <summary>What a publisher says about a form; the LeiKa name comes from the catalogue, not from the publisher.</summary>
public sealed record SharedFormDetails(
    string Title,
    string? LeiKaKey,
    string? LeiKaName,
    int? OzgServiceId,
    string? FormTool,
    string? ToolVersion,
    FormFormat? Format,
    string? Description,
    string? Terms,
    string? Contact,
    SharingVisibility Visibility);

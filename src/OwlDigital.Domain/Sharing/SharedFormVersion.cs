using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>One published version of a shared form; attachments belong to a version.</summary>
public class SharedFormVersion : Entity<Guid>, IMultiTenant
{
    private SharedFormVersion()
    {
    }

    internal SharedFormVersion(Guid id, Guid formId, int number, string? toolVersion, string? notes, DateTimeOffset publishedAt)
        : base(id)
    {
        FormId = formId;
        Number = number;
        ToolVersion = toolVersion;
        Notes = SharingText.Optional(notes, SharingConsts.MaxTextLength, nameof(Notes));
        PublishedAt = publishedAt;
    }

    public Guid TenantId { get; private set; }

    public Guid FormId { get; private set; }

    public int Number { get; private set; }

    public string? ToolVersion { get; private set; }

    /// <summary>What changed, for the adopters deciding whether to take the new version.</summary>
    public string? Notes { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
}

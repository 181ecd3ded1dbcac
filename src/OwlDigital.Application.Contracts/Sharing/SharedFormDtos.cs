using OwlDigital.Authorization;
using OwlDigital.OnlineServices;

namespace OwlDigital.Sharing;

/// <summary>Searching the form library; every criterion is optional and they combine.</summary>
public sealed record SharedFormQuery(
    string? Text = null,
    string? Topic = null,
    string? LeiKaKey = null,
    string? Tool = null,
    string? DistrictKey = null,
    int? MinAdopters = null,
    bool OwnOnly = false);

public sealed record SharedFormSummaryDto(
    Guid Id,
    string Title,
    string PublisherName,
    string DistrictKey,
    bool IsOwn,
    string? LeiKaKey,
    string? LeiKaName,
    int? OzgServiceId,
    string? OzgServiceName,
    string? Topic,
    string? FormTool,
    FormFormat? Format,
    SharingVisibility Visibility,
    SharedFormState State,
    int CurrentVersion,
    DateTimeOffset PublishedAt,
    int AdopterCount,
    int? AdoptedVersion);

/// <summary>
/// A form with its versions and files. <see cref="AdoptedVersion"/>: the version the current tenant
/// took, if any (a newer one exists when it is below <see cref="CurrentVersion"/>).
/// <see cref="Adopters"/>: who adopted it, for the publisher only.
/// </summary>
public sealed record SharedFormDto(
    Guid Id,
    string Title,
    string PublisherName,
    string DistrictKey,
    bool IsOwn,
    string? LeiKaKey,
    string? LeiKaName,
    int? OzgServiceId,
    string? OzgServiceName,
    string? FormTool,
    string? ToolVersion,
    FormFormat? Format,
    string? Description,
    string? Terms,
    string? Contact,
    SharingVisibility Visibility,
    SharedFormState State,
    int CurrentVersion,
    DateTimeOffset PublishedAt,
    DateTimeOffset? WithdrawnAt,
    int AdopterCount,
    int? AdoptedVersion,
    Guid? AdoptedAsServiceId,
    IReadOnlyList<SharedFormVersionDto> Versions,
    IReadOnlyList<AttachmentInfoDto> Attachments,
    IReadOnlyList<AdopterDto>? Adopters,
    string ConcurrencyStamp);

public sealed record SharedFormVersionDto(int Number, string? ToolVersion, string? Notes, DateTimeOffset PublishedAt);

public sealed record AttachmentInfoDto(Guid Id, int VersionNumber, string FileName, string ContentType, long Size, string Sha256);

public sealed record AdopterDto(string TenantName, int VersionNumber, DateTimeOffset AdoptedAt);

/// <summary>A file as uploaded: its name and bytes.</summary>
public sealed record UploadedFileDto(string FileName, byte[] Content);

public sealed record PublishFormDto(
    string Title,
    string? LeiKaKey,
    int? OzgServiceId,
    string? FormTool,
    string? ToolVersion,
    FormFormat? Format,
    string? Description,
    string? Terms,
    string? Contact,
    SharingVisibility Visibility,
    string? VersionNotes,
    IReadOnlyList<UploadedFileDto> Files);

public sealed record NewFormVersionDto(string? ToolVersion, string? Notes, IReadOnlyList<UploadedFileDto> Files, string ConcurrencyStamp);

/// <param name="OrgUnitId">The org unit the new online service belongs to.</param>
/// <param name="Number">The new service's number ("OD 130"); empty: the next free one.</param>
public sealed record AdoptFormDto(Guid OrgUnitId, string? Number = null);

/// <summary>The adoption: the online service it created (way "adopted", status P at the open reporting date, if there is one).</summary>
public sealed record AdoptionResultDto(Guid OnlineServiceId, string Number, int VersionNumber, DateOnly? PlannedAt);

/// <summary>The tenant's adoptions, with whether the publisher has a newer version than the one taken.</summary>
public sealed record MyAdoptionDto(Guid FormId, string FormTitle, string PublisherName, int VersionNumber, int? CurrentVersion, bool IsWithdrawn, Guid OnlineServiceId, DateTimeOffset AdoptedAt);

/// <param name="AskerTenantId">The publisher answering names the thread (the asking tenant); an asker leaves it empty.</param>
public sealed record AskDto(string Text, Guid? AskerTenantId = null);

public sealed record FormThreadDto(Guid AskerTenantId, string AskerName, IReadOnlyList<FormMessageDto> Messages);

public sealed record FormMessageDto(string AuthorTenantName, string? AuthorName, bool FromPublisher, string Text, DateTimeOffset CreatedAt);

public sealed record AttachmentDownloadDto(string FileName, string ContentType, byte[] Content);

public interface ISharedFormAppService
{
    /// <summary>The library as the current tenant sees it: published forms visible to it (region-wide or its district) and its own.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<SharedFormSummaryDto>> GetLibraryAsync(SharedFormQuery query, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<SharedFormDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Publishes a form with its first version and files: all of it or, on any refused file or field, nothing.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Publish)]
    Task<SharedFormDto> PublishAsync(PublishFormDto input, CancellationToken cancellationToken = default);

    /// <summary>A new version of one's own form; adopters keep what they took and are told.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Publish)]
    Task<SharedFormDto> PublishVersionAsync(Guid id, NewFormVersionDto input, CancellationToken cancellationToken = default);

    /// <summary>Hides one's own form from new adopters; existing adopters keep their link.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Publish)]
    Task<SharedFormDto> WithdrawAsync(Guid id, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<AttachmentDownloadDto> GetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>Adopts another tenant's published form: creates the linked online service in the current tenant's list.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Adopt)]
    Task<AdoptionResultDto> AdoptAsync(Guid id, AdoptFormDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<MyAdoptionDto>> GetMyAdoptionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The threads on a form the current tenant is party to: its own question, or as publisher all of them.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<FormThreadDto>> GetThreadsAsync(Guid id, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<FormThreadDto>> AskAsync(Guid id, AskDto input, CancellationToken cancellationToken = default);
}

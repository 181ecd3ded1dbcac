using System.Security.Cryptography;
using System.Text;
using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>
/// A file of a form version (the form tool's export, a PDF). Kept in the database beside the form,
/// so a publish with its files is one transaction and a backup holds both. Checked before it is
/// stored: size, type by extension and by its first bytes (a renamed executable is not a PDF), and
/// the virus-scanning hook.
/// </summary>
public class SharedFormAttachment : Entity<Guid>, IMultiTenant
{
    private SharedFormAttachment()
    {
        FileName = null!;
        ContentType = null!;
        Sha256 = null!;
        Content = null!;
    }

    private SharedFormAttachment(Guid id, Guid formId, int versionNumber, string fileName, string contentType, byte[] content, DateTimeOffset uploadedAt)
        : base(id)
    {
        FormId = formId;
        VersionNumber = versionNumber;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.Length;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        UploadedAt = uploadedAt;
    }

    public Guid TenantId { get; private set; }

    public Guid FormId { get; private set; }

    public int VersionNumber { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    /// <summary>Lets an adopter check the file they received is the one published.</summary>
    public string Sha256 { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Checks the file and creates the attachment; refusals name the file and the rule.</summary>
    public static async Task<SharedFormAttachment> CreateAsync(
        Guid formId, int versionNumber, string? fileName, byte[] content, IAttachmentScanner scanner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName?.Trim() ?? string.Empty);
        if (content.Length > SharingConsts.MaxAttachmentBytes)
        {
            throw TooLarge(name, content.Length);
        }

        var extension = Path.GetExtension(name);
        if (name.Length is 0 or > SharingConsts.MaxShortTextLength || !SharingConsts.AttachmentContentTypes.TryGetValue(extension, out var contentType))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.AttachmentTypeRefused)
                .WithDetail("FileName", name)
                .WithDetail("Allowed", string.Join(", ", SharingConsts.AttachmentContentTypes.Keys))
                .ForField("Attachments");
        }

        if (content.Length == 0 || !StartsAs(extension.ToLowerInvariant(), content))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.AttachmentContentMismatch)
                .WithDetail("FileName", name)
                .WithDetail("Extension", extension)
                .ForField("Attachments");
        }

        if (await scanner.ScanAsync(name, content, cancellationToken) is { IsClean: false } verdict)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.AttachmentInfected)
                .WithDetail("FileName", name)
                .WithDetail("Finding", verdict.Finding)
                .ForField("Attachments");
        }

        return new SharedFormAttachment(Guid.NewGuid(), formId, versionNumber, name, contentType, content, now);
    }

    /// <summary>The refusal of a file over the size limit; the page gives the same one before uploading it.</summary>
    public static BusinessException TooLarge(string fileName, long size) =>
        new BusinessException(OwlDigitalErrorCodes.Sharing.AttachmentTooLarge)
            .WithDetail("FileName", fileName)
            .WithDetail("SizeMb", Math.Round(size / 1024d / 1024d, 1))
            .WithDetail("MaxMb", SharingConsts.MaxAttachmentBytes / 1024 / 1024)
            .ForField("Attachments");

    /// <summary>The signature a file of the type begins with (after a byte-order mark and blanks for the text formats).</summary>
    private static bool StartsAs(string extension, byte[] content)
    {
        switch (extension)
        {
            case ".pdf":
                return content.AsSpan().StartsWith("%PDF-"u8);
            case ".zip":
                return content.AsSpan().StartsWith("PK\x03\x04"u8);
            default:
                var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
                return extension == ".xml" ? head.StartsWith('<') : head.StartsWith('{') || head.StartsWith('[');
        }
    }
}

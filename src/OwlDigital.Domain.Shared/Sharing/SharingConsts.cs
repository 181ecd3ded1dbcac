namespace OwlDigital.Sharing;

public static class SharingConsts
{
    public const int MaxTitleLength = 256;
    public const int MaxTextLength = 4000;
    public const int MaxShortTextLength = 256;

    /// <summary>10 MB: a form tool's export or a PDF form is far smaller; anything larger is refused, not truncated.</summary>
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    public const int MaxAttachmentsPerVersion = 5;

    /// <summary>
    /// The attachment types a form is shared as, by extension, each with the first bytes a file of
    /// that type starts with: a PDF, a form tool's export (ZIP container, XML or JSON).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AttachmentContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".zip"] = "application/zip",
        [".xml"] = "application/xml",
        [".json"] = "application/json",
    };
}

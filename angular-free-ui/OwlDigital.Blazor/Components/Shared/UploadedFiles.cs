using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using OwlDigital.Localization;
using OwlDigital.Sharing;

namespace OwlDigital.Blazor.Components.Shared;

/// <summary>
/// Files picked for a shared form, read into memory for the app service, which checks type and
/// content. A file over the size limit is not read at all (the browser would send it in vain);
/// <see cref="Error"/> names it with the same text the server uses.
/// </summary>
public sealed record UploadedFiles(IReadOnlyList<UploadedFileDto> Files, string? Error)
{
    public static readonly UploadedFiles None = new([], null);

    public static async Task<UploadedFiles> ReadAsync(InputFileChangeEventArgs args, IStringLocalizer<OwlDigitalResource> localizer)
    {
        var files = new List<UploadedFileDto>();
        foreach (var file in args.GetMultipleFiles(100))
        {
            if (file.Size > SharingConsts.MaxAttachmentBytes)
            {
                var tooLarge = SharedFormAttachment.TooLarge(file.Name, file.Size);
                return new UploadedFiles([], LocalizedMessageFormatter.Format(localizer[tooLarge.Code], tooLarge.Details));
            }

            using var buffer = new MemoryStream();
            await file.OpenReadStream(SharingConsts.MaxAttachmentBytes).CopyToAsync(buffer);
            files.Add(new UploadedFileDto(file.Name, buffer.ToArray()));
        }

        return new UploadedFiles(files, null);
    }
}

using Microsoft.AspNetCore.Http;

namespace OwlDigital.Import;

/// <summary>Imports take the file as the raw request body (no multipart form), up to a fixed size.</summary>
public static class UploadedFile
{
    /// <summary>Upper bound of an uploaded file; the full LeiKa mapping (5,249 rows) is about 1.5 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw new BadHttpRequestException($"The file is larger than {MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            throw new BadHttpRequestException($"The file is larger than {MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
        }

        return buffer.ToArray();
    }
}

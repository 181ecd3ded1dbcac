using Microsoft.AspNetCore.Http;

namespace OwlDigital.Import;

/// <summary>Imports take the file as the raw request body (no multipart form), up to a fixed size.</summary>
public static class UploadedFile
{
    public const int MaxBytes = ImportLimits.MaxFileBytes;

    /// <summary>
    /// The body, or 413 (as problem details) when it is larger than <see cref="MaxBytes"/>: decided
    /// from Content-Length before anything is read, and for a chunked body by cutting it off at
    /// the limit instead of buffering whatever the client sends.
    /// </summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw TooLarge();
        }

        var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 64 * 1024, MaxBytes));
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge() =>
        new($"The file is larger than {MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
}

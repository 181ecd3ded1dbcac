using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OwlDigital.Import;

/// <summary>Imports take the file as the raw request body (no multipart form), up to a fixed size.</summary>
public static class UploadedFile
{
    public const int MaxBytes = ImportLimits.MaxFileBytes;

    /// <summary>
    /// How much of a too-large body is still read (and thrown away) so that a client that sends
    /// the whole body before reading the answer gets the 413 instead of a broken connection.
    /// </summary>
    public const long DrainLimit = 128L * 1024 * 1024;

    /// <summary>
    /// The body, or 413 (as problem details) when it is larger than <see cref="MaxBytes"/>: decided
    /// from Content-Length before anything is read, and for a chunked body by cutting it off at
    /// the limit instead of buffering whatever the client sends.
    /// </summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = DrainLimit;
        }

        if (request.ContentLength > MaxBytes)
        {
            await DrainAsync(request, cancellationToken);
            throw TooLarge();
        }

        // Grown as bytes arrive: a claimed length alone reserves no more than 1 MB.
        var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 64 * 1024, 1024 * 1024));
        var chunk = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                await DrainAsync(request, cancellationToken);
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads the rest of the body into nothing, up to <see cref="DrainLimit"/> (beyond it the server cuts the connection).</summary>
    private static async Task DrainAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > DrainLimit)
        {
            return;
        }

        var discard = new byte[81_920];
        try
        {
            while (await request.Body.ReadAsync(discard, cancellationToken) > 0)
            {
            }
        }
        catch (BadHttpRequestException)
        {
            // Over the drain limit: the answer is 413 all the same.
        }
    }

    private static BadHttpRequestException TooLarge() =>
        new($"The file is larger than {MaxBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);
}

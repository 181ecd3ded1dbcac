using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace OwlDigital.Account;

/// <summary>
/// Reads which account a sign-in request names (the e-mail of a form post or a JSON body), so the
/// sign-in rate limit counts per address <em>and</em> account: one person's failed attempts must not
/// lock out everyone behind the same address (a town hall's NAT, the proxy).
/// </summary>
/// <remarks>Runs after routing and before the rate limiter, only for endpoints with the sign-in policy; their bodies are small (16 KB at most).</remarks>
public sealed class SignInAccountMiddleware(RequestDelegate next)
{
    public const string AccountItem = "OwlDigital.SignInAccount";

    private const int MaxBodyBytes = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == AccountEndpoints.SignInRateLimitPolicy)
        {
            // Declared or chunked (a JSON client streams it), the body is read once here, within a
            // small cap, and handed on from memory.
            var body = new MemoryStream();
            var chunk = new byte[4096];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (body.Length + read > MaxBodyBytes)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    return;
                }

                body.Write(chunk, 0, read);
            }

            body.Position = 0;
            context.Request.Body = body;
            context.Items[AccountItem] = await ReadAccountAsync(context.Request, context.RequestAborted);
            body.Position = 0;
        }

        await next(context);
    }

    /// <summary>The rate limit's partition: the client's address and the account it names.</summary>
    public static string PartitionOf(HttpContext context) =>
        $"{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}|{context.Items[AccountItem] as string ?? string.Empty}";

    private static async Task<string?> ReadAccountAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return Normalize(form["Email"].FirstOrDefault() ?? form["email"].FirstOrDefault());
            }

            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Where(p => p.NameEquals("email") || p.Name.Equals("email", StringComparison.OrdinalIgnoreCase))
                    .Select(p => p.Value.ValueKind == JsonValueKind.String ? Normalize(p.Value.GetString()) : null).FirstOrDefault()
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or IOException)
        {
            // A body the endpoint will refuse anyway: counted under the address alone.
            return null;
        }
    }

    private static string? Normalize(string? email) => email?.Trim().ToUpperInvariant();
}

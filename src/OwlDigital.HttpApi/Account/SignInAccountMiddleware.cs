using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
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

    public async Task InvokeAsync(HttpContext context, ILookupNormalizer normalizer)
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
                    throw new BadHttpRequestException("A sign-in request is small.", StatusCodes.Status413PayloadTooLarge);
                }

                body.Write(chunk, 0, read);
            }

            body.Position = 0;
            context.Request.Body = body;
            context.Items[AccountItem] = await ReadAccountAsync(context.Request, normalizer, context.RequestAborted)
                ?? await PendingTwoFactorUserAsync(context);
            body.Position = 0;
        }

        await next(context);
    }

    /// <summary>The rate limit's partition: the client's address and the account it names.</summary>
    public static string PartitionOf(HttpContext context) =>
        $"{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}|{context.Items[AccountItem] as string ?? string.Empty}";

    private static async Task<string?> ReadAccountAsync(HttpRequest request, ILookupNormalizer normalizer, CancellationToken cancellationToken)
    {
        try
        {
            if (request.HasFormContentType)
            {
                // Form keys ignore case, as the endpoint's binding does.
                var form = await request.ReadFormAsync(cancellationToken);
                return Normalize(normalizer, form["Email"].LastOrDefault());
            }

            // The last "email" key, case aside: what System.Text.Json binds, so a request cannot
            // name one account for the limit and another for the sign-in.
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject()
                    .LastOrDefault(p => p.Name.Equals("email", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } email
                    ? Normalize(normalizer, email.Value.GetString())
                    : null
                : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException or IOException)
        {
            // A body the endpoint will refuse anyway: counted under the address alone.
            return null;
        }
    }

    // The second step of a two-step sign-in names no e-mail; the pending sign-in cookie names the person.
    private static async Task<string?> PendingTwoFactorUserAsync(HttpContext context)
    {
        var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return pending.Succeeded ? pending.Principal.FindFirstValue(ClaimTypes.Name) : null;
    }

    private static string? Normalize(ILookupNormalizer normalizer, string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : normalizer.NormalizeEmail(email.Trim());
}

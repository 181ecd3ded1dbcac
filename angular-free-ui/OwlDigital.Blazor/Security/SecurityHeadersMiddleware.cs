namespace OwlDigital.Blazor.Security;

/// <summary>
/// Response headers that keep the browser strict: a content security policy that fits Blazor
/// server (scripts only from this origin, the circuit's WebSocket to this origin), no MIME
/// sniffing, no embedding in other sites' frames, no full URLs in referrers.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // Radzen sets inline styles on its components, hence 'unsafe-inline' for styles only.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}

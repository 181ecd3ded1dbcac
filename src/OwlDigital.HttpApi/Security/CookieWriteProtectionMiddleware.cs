using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OwlDigital.Authorization;

namespace OwlDigital.Security;

/// <summary>
/// Guards the API against cross-site request forgery. A browser sends the sign-in cookie with
/// any request another site makes it send, so an API call that changes data and is authenticated
/// by the cookie must prove it comes from a page of ours: with an antiforgery token (header
/// <c>RequestVerificationToken</c>) or with the <c>X-Requested-With</c> header, which no other
/// origin can set without a CORS preflight this host never allows. Bearer-token calls carry their
/// credential explicitly and stay as they are; the pages themselves call the application services
/// in their circuit, not the API.
/// </summary>
public sealed class CookieWriteProtectionMiddleware(RequestDelegate next, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    public const string RequestedWithHeader = "X-Requested-With";

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsCookieAuthenticatedApiWrite(context.Request)
            && !context.Request.Headers.ContainsKey(RequestedWithHeader)
            && !await HasValidAntiforgeryTokenAsync(context))
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.Account.WriteWithoutRequestProof, isAuthenticated: true);
        }

        await next(context);
    }

    private static bool IsCookieAuthenticatedApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        && request.HttpContext.User.Identity?.IsAuthenticated == true
        && !BearerRequests.Carries(request);

    private async Task<bool> HasValidAntiforgeryTokenAsync(HttpContext context)
    {
        // Only the header is looked at: reading a form here would buffer an upload that is no form.
        if (antiforgeryOptions.Value.HeaderName is not { } header || !context.Request.Headers.ContainsKey(header))
        {
            return false;
        }

        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}

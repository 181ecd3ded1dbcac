using Microsoft.AspNetCore.Http;

namespace OwlDigital.Security;

/// <summary>
/// Which requests authenticate by bearer token: the one rule the authentication scheme selector,
/// the cookie-write protection and the session check share.
/// </summary>
public static class BearerRequests
{
    public static bool Carries(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

using Microsoft.AspNetCore.Localization;
using OwlDigital.Localization;

namespace OwlDigital.Blazor;

public static class CultureEndpoint
{
    /// <summary>Stores the chosen language in a cookie and returns to the page the user came from.</summary>
    public static void MapCultureEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
            {
                if (OwlDigitalCultures.IsSupported(culture))
                {
                    context.Response.Cookies.Append(
                        CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
                }

                // Only local paths: the parameter must not become an open redirect.
                var target = redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal)
                    ? redirectUri
                    : "/";
                return TypedResults.LocalRedirect(target);
            })
            .ExcludeFromDescription();
}

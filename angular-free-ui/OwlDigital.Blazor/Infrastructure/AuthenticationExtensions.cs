using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using OwlDigital.Blazor.Account;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Blazor;

public static class AuthenticationExtensions
{
    /// <summary>Picks the bearer handler for requests that carry a bearer token, the cookie otherwise.</summary>
    public const string SelectingScheme = "OwlDigital";

    public static IServiceCollection AddOwlDigitalAuthentication(this IServiceCollection services)
    {
        new IdentityBuilder(typeof(OwlUser), services).AddSignInManager();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = SelectingScheme;
                options.DefaultChallengeScheme = SelectingScheme;
            })
            .AddPolicyScheme(SelectingScheme, SelectingScheme, options => options.ForwardDefaultSelector = context =>
                OwlDigital.Security.BearerRequests.Carries(context.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options =>
            {
                options.Cookie.Name = "OwlDigital.Auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/account/login";
                options.AccessDeniedPath = "/account/access-denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;

                // An API caller gets a status code, never a redirect to the log-in page.
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            }));

        // The periodic security-stamp check rebuilds the principal; keep the chosen tenant and how it was signed in.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
            {
                foreach (var type in new[] { OwlDigitalClaimTypes.Tenant, SignInClaimTypes.TwoFactor })
                {
                    if (context.CurrentPrincipal?.FindFirst(type) is { } claim)
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
                    }
                }
            }

            return Task.CompletedTask;
        });

        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, CurrentContextCircuitHandler>();
        return services;
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

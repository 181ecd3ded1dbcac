using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Blazor.Account;

/// <summary>
/// The form posts behind the log-in page, the log-out button and the tenant switcher. They are
/// plain HTML form posts (antiforgery-checked) because signing in sets a cookie, which a Blazor
/// circuit cannot do.
/// </summary>
public static class AccountUiEndpoints
{
    private const string RememberMeClaim = "owl_remember_me";
    private const string PendingStampClaim = "owl_pending_stamp";

    public static void MapAccountUiEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/account").ExcludeFromDescription();

        group.MapPost("/login", async ([FromForm] LoginForm form, HttpContext context, SignInService signInService) =>
            {
                var returnUrl = LocalUrlOrHome(form.ReturnUrl);
                var outcome = await signInService.CheckCredentialsAsync(form.Email ?? string.Empty, form.Password ?? string.Empty);
                if (outcome.Kind == SignInOutcomeKind.RequiresTwoFactor)
                {
                    // Remember, for a few minutes and in a cookie of its own, whose password was right.
                    // With the account's security stamp: a password changed meanwhile voids the first step.
                    await context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(new ClaimsIdentity(
                        [
                            new Claim(ClaimTypes.Name, outcome.User!.Id.ToString()),
                            new Claim(RememberMeClaim, form.RememberMe.ToString()),
                            new Claim(PendingStampClaim, outcome.User.SecurityStamp ?? string.Empty),
                        ],
                        IdentityConstants.TwoFactorUserIdScheme)));
                    return Results.LocalRedirect($"/account/login-2fa?returnUrl={Uri.EscapeDataString(returnUrl)}");
                }

                if (outcome.Kind != SignInOutcomeKind.Succeeded)
                {
                    var error = outcome.Kind == SignInOutcomeKind.LockedOut ? "locked" : "invalid";
                    return Results.LocalRedirect($"/account/login?error={error}&email={Uri.EscapeDataString(form.Email ?? string.Empty)}&returnUrl={Uri.EscapeDataString(returnUrl)}");
                }

                var tenantId = await signInService.ChooseTenantAsync(outcome.User!, requested: null, useLastTenant: true);
                await signInService.SignInAsync(outcome.User!, tenantId, form.RememberMe, IdentityConstants.ApplicationScheme, secondFactorProven: false);
                return Results.LocalRedirect(returnUrl);
            })
            .AllowAnonymous()
            .RequireRateLimiting(AccountEndpoints.SignInRateLimitPolicy);

        group.MapPost("/login-2fa", async ([FromForm] TwoFactorForm form, HttpContext context, UserManager<OwlUser> userManager, SignInService signInService) =>
            {
                var returnUrl = LocalUrlOrHome(form.ReturnUrl);
                var pending = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
                var user = pending.Succeeded && pending.Principal.FindFirstValue(ClaimTypes.Name) is { } userId
                    ? await userManager.FindByIdAsync(userId)
                    : null;
                if (user is null || !string.Equals(pending.Principal!.FindFirstValue(PendingStampClaim), user.SecurityStamp, StringComparison.Ordinal))
                {
                    // The first step expired or never happened: start again with the password.
                    return Results.LocalRedirect($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
                }

                var outcome = await signInService.CheckTwoFactorCodeAsync(user, form.Code);
                if (outcome.Kind != SignInOutcomeKind.Succeeded)
                {
                    var error = outcome.Kind == SignInOutcomeKind.LockedOut ? "locked" : "invalid";
                    return Results.LocalRedirect($"/account/login-2fa?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");
                }

                await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
                var rememberMe = bool.TryParse(pending.Principal!.FindFirstValue(RememberMeClaim), out var remember) && remember;
                var tenantId = await signInService.ChooseTenantAsync(user, requested: null, useLastTenant: true);
                await signInService.SignInAsync(user, tenantId, rememberMe, IdentityConstants.ApplicationScheme, secondFactorProven: true);
                return Results.LocalRedirect(returnUrl);
            })
            .AllowAnonymous()
            .RequireRateLimiting(AccountEndpoints.SignInRateLimitPolicy);

        group.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery) =>
            {
                // No form is bound here, so nothing else checks the token: a foreign page must not sign anyone out.
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                return Results.LocalRedirect("/");
            })
            .RequireAuthorization();

        group.MapPost("/switch-tenant", async ([FromForm] SwitchTenantForm form, HttpContext context, UserManager<OwlUser> userManager, SignInService signInService) =>
            {
                var user = await userManager.GetUserAsync(context.User);
                if (user is null)
                {
                    return Results.Unauthorized();
                }

                // The switcher's host entry posts an empty value (form binding would fail on it for a Guid?).
                Guid? requested = null;
                if (!string.IsNullOrEmpty(form.TenantId))
                {
                    if (!Guid.TryParse(form.TenantId, out var parsed))
                    {
                        return Results.BadRequest();
                    }

                    requested = parsed;
                }

                try
                {
                    var tenantId = await signInService.ChooseTenantAsync(user, requested);
                    await signInService.RememberTenantAsync(user, tenantId);
                    await signInService.SignInAsync(
                        user, tenantId, isPersistent: false, IdentityConstants.ApplicationScheme,
                        secondFactorProven: context.User.FindFirst(SignInClaimTypes.TwoFactor) is not null);
                }
                catch (AuthorizationException)
                {
                    // Not a member (or the tenant is deactivated): stay where you are, and say so.
                    return Results.LocalRedirect("/account/access-denied?reason=tenant");
                }

                return Results.LocalRedirect(LocalUrlOrHome(form.ReturnUrl));
            })
            .RequireAuthorization();
    }

    private static string LocalUrlOrHome(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    public sealed class LoginForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }

        public string? ReturnUrl { get; set; }
    }

    public sealed class TwoFactorForm
    {
        public string? Code { get; set; }

        public string? ReturnUrl { get; set; }
    }

    public sealed class SwitchTenantForm
    {
        /// <summary>The tenant to work in; empty: the host side.</summary>
        public string? TenantId { get; set; }

        public string? ReturnUrl { get; set; }
    }
}

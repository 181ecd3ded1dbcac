using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OwlDigital.ExceptionHandling;
using OwlDigital.Security;
using OwlDigital.Users;

namespace OwlDigital.Account;

/// <summary>
/// Every authenticated request, by bearer token or cookie, is checked against the account: a
/// token issued before a password change or an admin's reset of the second factor (the account
/// has a new security stamp since), or one of an account that is locked, no longer counts and the
/// request goes on as anonymous (so protected endpoints answer 401 and pages ask to sign in).
/// Bearer tokens are not otherwise checked after they were issued; the cookie's own check runs
/// only every half hour. What was read of an account is kept for <see cref="AccountSecurityOptions.SessionCheckInterval"/>.
/// </summary>
public sealed class SessionCheckMiddleware(
    RequestDelegate next,
    AccountSessionCache sessions,
    IOptions<IdentityOptions> identityOptions,
    IOptions<AccountSecurityOptions> securityOptions,
    TimeProvider timeProvider,
    ILogger<SessionCheckMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, UserManager<OwlUser> userManager)
    {
        var principal = context.User;
        if (principal.Identity?.IsAuthenticated == true
            && Guid.TryParse(principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            AccountSessionState account;
            try
            {
                account = await sessions.GetAsync(userId, securityOptions.Value.SessionCheckInterval, userManager);
            }
            catch (Exception exception) when (context.Features.Get<IExceptionHandlerFeature>() is not null && ProblemDetailsExceptionHandler.IsDatabaseOutage(exception))
            {
                // Rendering the error page of a database outage: nothing to check against, and the page shows no data.
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
                await next(context);
                return;
            }

            if (!account.Admits(principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType), timeProvider.GetUtcNow()))
            {
                logger.LogInformation("A session of user {UserId} ended: the account changed or is locked", userId);
                if (!BearerRequests.Carries(context.Request))
                {
                    // The browser drops the cookie; the next page asks to sign in.
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                }

                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }
}

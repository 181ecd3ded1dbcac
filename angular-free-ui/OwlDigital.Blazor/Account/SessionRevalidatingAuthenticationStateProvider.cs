using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OwlDigital.Users;

namespace OwlDigital.Blazor.Account;

/// <summary>
/// An open page (a circuit) makes no HTTP requests, so <see cref="SessionCheckMiddleware"/> never
/// sees it: every minute the circuit's session is checked by the same rule (security stamp, lock),
/// and one that no longer counts is signed out of the page, whose next action then asks to sign in.
/// </summary>
public sealed class SessionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    AccountSessionCache sessions,
    IOptions<IdentityOptions> identityOptions,
    IOptions<AccountSecurityOptions> securityOptions,
    TimeProvider timeProvider) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var principal = authenticationState.User;
        if (!Guid.TryParse(principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType), out var userId))
        {
            return false;
        }

        // A scope of its own: the circuit's scope lives as long as the page.
        await using var scope = scopes.CreateAsyncScope();
        var account = await sessions.GetAsync(userId, securityOptions.Value.SessionCheckInterval, scope.ServiceProvider.GetRequiredService<UserManager<OwlUser>>());
        return account.Admits(principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType), timeProvider.GetUtcNow());
    }
}

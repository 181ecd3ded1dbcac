using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;

namespace OwlDigital.Account;

/// <summary>
/// POST /api/account/token: bearer tokens for API clients. Part of the web host rather than the
/// HTTP API layer because it signs in through ASP.NET Core Identity's stores (<see cref="SignInService"/>).
/// </summary>
public static class TokenEndpoint
{
    public static RouteGroupBuilder MapTokenEndpoint(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Account");

        group.MapPost("/token", CreateTokenAsync)
            .AllowAnonymous()
            .RequireRateLimiting(AccountEndpoints.SignInRateLimitPolicy)
            .WithName("CreateToken")
            .WithSummary("Get a bearer token")
            .WithDescription(
                "Exchanges e-mail and password for a bearer access token (and a refresh token). Send it as 'Authorization: Bearer <token>'. " +
                "The token works in the tenant given as tenantId (or the user's first tenant); a request may name another tenant of the user " +
                "in the X-Tenant-Id header. Users with two-factor sign-in also send twoFactorCode (their authenticator app's 6 digits). " +
                "After five wrong passwords or codes the account is locked for 15 minutes.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        return group;
    }

    private static async Task<EmptyHttpResult> CreateTokenAsync(TokenRequest request, SignInService signInService)
    {
        var outcome = await signInService.CheckCredentialsAsync(request.Email, request.Password);
        var secondFactorProven = false;
        if (outcome.Kind == SignInOutcomeKind.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode))
            {
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.TwoFactorRequired, isAuthenticated: false);
            }

            outcome = await signInService.CheckTwoFactorCodeAsync(outcome.User!, request.TwoFactorCode);
            secondFactorProven = outcome.Kind == SignInOutcomeKind.Succeeded;
        }

        switch (outcome.Kind)
        {
            case SignInOutcomeKind.InvalidTwoFactorCode:
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.InvalidTwoFactorCode, isAuthenticated: false);
            case SignInOutcomeKind.LockedOut:
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.LockedOut, isAuthenticated: false);
            case SignInOutcomeKind.InvalidCredentials:
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.InvalidCredentials, isAuthenticated: false);
        }

        var tenantId = await signInService.ChooseTenantAsync(outcome.User!, request.TenantId);

        // The bearer-token handler writes the token response itself.
        await signInService.SignInAsync(outcome.User!, tenantId, isPersistent: false, IdentityConstants.BearerScheme, secondFactorProven);
        return TypedResults.Empty;
    }
}

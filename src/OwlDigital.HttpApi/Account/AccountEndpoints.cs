using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;

namespace OwlDigital.Account;

public static class AccountEndpoints
{
    public const string SignInRateLimitPolicy = "sign-in";

    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Account");

        group.MapPost("/token", CreateTokenAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimitPolicy)
            .WithName("CreateToken")
            .WithSummary("Get a bearer token")
            .WithDescription(
                "Exchanges e-mail and password for a bearer access token (and a refresh token). Send it as 'Authorization: Bearer <token>'. " +
                "The token works in the tenant given as tenantId (or the user's first tenant); a request may name another tenant of the user " +
                "in the X-Tenant-Id header. After five wrong passwords the account is locked for 15 minutes.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/me", async (IAccountAppService accountAppService, CancellationToken cancellationToken) =>
                TypedResults.Ok(await accountAppService.GetCurrentAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("Who is signed in, the current tenant, the user's tenants and granted permissions");

        return group;
    }

    private static async Task<EmptyHttpResult> CreateTokenAsync(TokenRequest request, SignInService signInService)
    {
        var outcome = await signInService.CheckCredentialsAsync(request.Email, request.Password);
        switch (outcome.Kind)
        {
            case SignInOutcomeKind.LockedOut:
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.LockedOut, isAuthenticated: false);
            case SignInOutcomeKind.InvalidCredentials:
                throw new AuthorizationException(OwlDigitalErrorCodes.Account.InvalidCredentials, isAuthenticated: false);
        }

        var tenantId = await signInService.ChooseTenantAsync(outcome.User!, request.TenantId);

        // The bearer-token handler writes the token response itself.
        await signInService.SignInAsync(outcome.User!, tenantId, isPersistent: false, IdentityConstants.BearerScheme);
        return TypedResults.Empty;
    }
}

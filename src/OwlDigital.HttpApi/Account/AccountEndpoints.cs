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

    // POST /api/account/token is mapped by the web host (TokenEndpoint): signing in needs the
    // identity stores, which this layer does not reach.

    public static RouteGroupBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Account");

        group.MapGet("/me", async (IAccountAppService accountAppService, CancellationToken cancellationToken) =>
                TypedResults.Ok(await accountAppService.GetCurrentAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetCurrentUser")
            .WithSummary("Who is signed in, the current tenant, the user's tenants and granted permissions");

        group.MapPost("/password-reset-requests", async Task<Accepted> (RequestPasswordResetDto input, IAccountAppService service, CancellationToken cancellationToken) =>
            {
                await service.RequestPasswordResetAsync(input, cancellationToken);
                return TypedResults.Accepted((string?)null);
            })
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimitPolicy)
            .WithName("RequestPasswordReset")
            .WithSummary("Mail a link to set a new password (the answer is the same whether the address is known or not)");

        group.MapPost("/password-reset", async Task<NoContent> (ResetPasswordDto input, IAccountAppService service, CancellationToken cancellationToken) =>
            {
                await service.ResetPasswordAsync(input, cancellationToken);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimitPolicy)
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the token from the mail")
            .ProducesValidationProblem();

        group.MapPost("/password", async Task<NoContent> (ChangePasswordDto input, IAccountAppService service, CancellationToken cancellationToken) =>
            {
                await service.ChangePasswordAsync(input, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("ChangePassword")
            .WithSummary("Change the signed-in user's password")
            .ProducesValidationProblem();

        group.MapGet("/two-factor", async (IAccountAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetTwoFactorSetupAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetTwoFactorSetup")
            .WithSummary("Whether two-factor sign-in is on; while it is off, the key to add to an authenticator app");

        group.MapPost("/two-factor", async Task<Ok<RecoveryCodesDto>> (TwoFactorCodeDto input, IAccountAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.EnableTwoFactorAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("EnableTwoFactor")
            .WithSummary("Switch two-factor sign-in on with a first code from the authenticator app; answers with ten one-time recovery codes, shown only now")
            .ProducesValidationProblem();

        group.MapPost("/two-factor/recovery-codes", async Task<Ok<RecoveryCodesDto>> (TwoFactorCodeDto input, IAccountAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.RenewRecoveryCodesAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("RenewRecoveryCodes")
            .WithSummary("Ten new recovery codes for a current authenticator code; the old ones stop working")
            .ProducesValidationProblem();

        group.MapPost("/two-factor/disable", async Task<NoContent> (TwoFactorCodeDto input, IAccountAppService service, CancellationToken cancellationToken) =>
            {
                await service.DisableTwoFactorAsync(input, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("DisableTwoFactor")
            .WithSummary("Switch two-factor sign-in off, with a current code from the authenticator app or a recovery code (a signed-in session alone is not enough)")
            .ProducesValidationProblem();

        return group;
    }
}

using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;

namespace OwlDigital;

public static class OwlDigitalHttpApiServiceCollectionExtensions
{
    public static IServiceCollection AddOwlDigitalHttpApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();

        // Enums travel as their names ("TenantEditor", not 11): readable, and stable when members are added.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        // Let binding failures reach the exception handler, which names the field in the answer.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization(options =>
        {
            foreach (var permission in OwlDigitalPermissions.All)
            {
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }
        });

        // Slows password guessing: per address and account (so one person's failures cannot lock
        // out an office behind one address), and per address alone with a ten times higher cap
        // against trying many accounts. The account lockout stops guessing per account.
        var permitsPerMinute = configuration.GetValue("RateLimiting:SignInPermitsPerMinute", 20);
        var addressPermitsPerMinute = configuration.GetValue("RateLimiting:SignInPermitsPerAddressPerMinute", permitsPerMinute * 10);
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:SignInWindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(AccountEndpoints.SignInRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                SignInAccountMiddleware.PartitionOf(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = window, QueueLimit = 0 }));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == AccountEndpoints.SignInRateLimitPolicy
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = addressPermitsPerMinute, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }
}

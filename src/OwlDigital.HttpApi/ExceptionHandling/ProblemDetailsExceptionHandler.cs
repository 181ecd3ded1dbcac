using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using OwlDigital.Authorization;
using OwlDigital.Localization;
using OwlDigital.Validation;

namespace OwlDigital.ExceptionHandling;

/// <summary>
/// Turns exceptions of API requests into RFC 7807 problem details: validation and binding errors
/// name the field, domain errors carry their code and a localized message, anything unexpected is
/// a 500 without internals. Page requests are left to the error page.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetailsService,
    IStringLocalizer<OwlDigitalResource> localizer,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    private static readonly HashSet<string> ConflictCodes =
    [
        OwlDigitalErrorCodes.ConcurrencyConflict,
        OwlDigitalErrorCodes.Tenants.DuplicateAgs,
        OwlDigitalErrorCodes.Memberships.DuplicateMembership,
        OwlDigitalErrorCodes.Memberships.AlreadyInvited,
        OwlDigitalErrorCodes.Memberships.ResentTooSoon,
        OwlDigitalErrorCodes.Memberships.LastHostAdmin,
        OwlDigitalErrorCodes.Memberships.LastTenantAdmin,
        OwlDigitalErrorCodes.Portfolios.DuplicateMeasureNumber,
        OwlDigitalErrorCodes.Portfolios.PeriodClosed,
        OwlDigitalErrorCodes.OnlineServices.DuplicateNumber,
        OwlDigitalErrorCodes.OnlineServices.PeriodClosed,
        OwlDigitalErrorCodes.Catalog.DuplicateProduct,
        OwlDigitalErrorCodes.Portfolios.PeriodExists,
        OwlDigitalErrorCodes.Portfolios.MeasureChangedMeanwhile,
        OwlDigitalErrorCodes.Profiles.ChangedMeanwhile,
        OwlDigitalErrorCodes.Surveys.WrongState,
        OwlDigitalErrorCodes.Surveys.AlreadyPublished,
        OwlDigitalErrorCodes.Surveys.ReviewNotOpen,
        OwlDigitalErrorCodes.Surveys.OpenCorrectionRequests,
        OwlDigitalErrorCodes.Surveys.RoundNotOpen,
        OwlDigitalErrorCodes.Sharing.Withdrawn,
        OwlDigitalErrorCodes.Sharing.AlreadyAdopted,
    ];

    // Rules that refuse the caller rather than the input.
    private static readonly HashSet<string> ForbiddenCodes =
    [
        OwlDigitalErrorCodes.Tenants.FeatureDisabled,
    ];

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // With an error page configured, the middleware has already pointed Request.Path at it.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!new PathString(originalPath).StartsWithSegments("/api"))
        {
            return false;
        }

        var problem = ToProblemDetails(exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // The database is away (restart, failover): the client may simply try again shortly.
            logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", httpContext.Request.Method, originalPath, exception.GetBaseException().Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        else if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, originalPath);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails ToProblemDetails(Exception exception) => exception switch
    {
        OwlDigitalValidationException validation => Validation(validation.Errors.ToDictionary(e => ToCamelCase(e.Key), e => e.Value)),
        BadHttpRequestException badRequest => FromBadRequest(badRequest),
        EntityNotFoundException notFound => Business(notFound, StatusCodes.Status404NotFound),
        AuthorizationException denied => Business(denied, denied.IsAuthenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized),
        BusinessException business when ForbiddenCodes.Contains(business.Code) => Business(business, StatusCodes.Status403Forbidden),
        BusinessException business => Business(business, ConflictCodes.Contains(business.Code) ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest),
        _ when IsDatabaseOutage(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = localizer[OwlDigitalErrorCodes.DatabaseUnavailable],
            Detail = localizer[OwlDigitalErrorCodes.DatabaseUnavailable],
            Extensions = { ["code"] = OwlDigitalErrorCodes.DatabaseUnavailable },
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = localizer["Error:Title"],
            Detail = localizer["Error:Text"],
        },
    };

    /// <summary>What a client is told to wait during a database outage (API and pages alike).</summary>
    public const string RetryAfterSeconds = "10";

    /// <summary>
    /// The database cannot be reached: the server refuses or drops the connection (SQLSTATE class
    /// 08, an administrator or crash shut-down 57P01–57P03, too many connections 53300), or the
    /// provider's connection itself fails on the socket. Deadlocks, serialisation failures and
    /// slow queries are not an outage and stay a 500 with their stack trace in the log.
    /// </summary>
    public static bool IsDatabaseOutage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is System.Data.Common.DbException database)
            {
                return database.SqlState is { } state
                    ? state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300"
                    : database.InnerException is System.Net.Sockets.SocketException or IOException;
            }
        }

        return false;
    }

    private ProblemDetails Business(BusinessException exception, int status)
    {
        var message = LocalizedMessageFormatter.Format(localizer[exception.Code], exception.Details);
        ProblemDetails problem = exception.Field is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [ToCamelCase(field)] = [message] })
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = message;
        problem.Detail = message;
        problem.Extensions["code"] = exception.Code;
        return problem;
    }

    private ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        // Minimal APIs report a failed query binding only as text, e.g. Failed to bind parameter "int? Take" from "abc".
        var match = FailedBindingPattern().Match(exception.Message);
        if (match.Success)
        {
            var field = ToCamelCase(match.Groups["name"].Value);
            var value = match.Groups["value"].Value;
            var message = match.Groups["type"].Value.StartsWith("int", StringComparison.Ordinal)
                ? localizer["Validation:NotANumber", value]
                : localizer["Validation:InvalidValue", value];
            return Validation(new Dictionary<string, string[]> { [field] = [message] });
        }

        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Ours (an import over its limit) or Kestrel's own body limit: the same words for both.
            var message = localizer[OwlDigitalErrorCodes.PayloadTooLarge];
            return new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = message,
                Detail = message,
                Extensions = { ["code"] = OwlDigitalErrorCodes.PayloadTooLarge },
            };
        }

        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = localizer[OwlDigitalErrorCodes.ValidationFailed],
            Detail = exception.Message,
        };
    }

    private HttpValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Title = localizer[OwlDigitalErrorCodes.ValidationFailed],
        Detail = string.Join(" ", errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}"))),
        Extensions = { ["code"] = OwlDigitalErrorCodes.ValidationFailed },
    };

    private static string ToCamelCase(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("""parameter "(?<type>[^"]+) (?<name>[A-Za-z_][A-Za-z0-9_]*)" from "(?<value>[^"]*)""")]
    private static partial Regex FailedBindingPattern();
}

using Microsoft.Extensions.Localization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.Validation;

namespace OwlDigital.Blazor.Components.Shared;

/// <summary>
/// What a page shows when an app service refuses: the localized message, and per field the
/// messages to put next to the input. Anything unexpected is logged and shown as a general error.
/// </summary>
public sealed record UiError(string Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    public string? For(string field) =>
        FieldErrors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { } messages
            ? string.Join(" ", messages)
            : null;

    /// <summary>Runs a page action; returns what to show if it was refused, or null when it succeeded.</summary>
    public static async Task<UiError?> TryAsync(Func<Task> action, IStringLocalizer<OwlDigitalResource> localizer, ILogger logger)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return From(exception, localizer, logger);
        }
    }

    public static UiError From(Exception exception, IStringLocalizer<OwlDigitalResource> localizer, ILogger logger)
    {
        switch (exception)
        {
            case OwlDigitalValidationException validation:
                return new UiError(string.Join(" ", validation.Errors.SelectMany(e => e.Value)), validation.Errors);
            case BusinessException business:
                var message = LocalizedMessageFormatter.Format(localizer[business.Code], business.Details);
                return new UiError(
                    message,
                    business.Field is { } field ? new Dictionary<string, string[]> { [field] = [message] } : new Dictionary<string, string[]>());
            case var outage when ProblemDetailsExceptionHandler.IsDatabaseOutage(outage):
                logger.LogWarning(exception, "A page action failed: the database cannot be reached");
                return new UiError(localizer[OwlDigitalErrorCodes.DatabaseUnavailable], new Dictionary<string, string[]>());
            default:
                logger.LogError(exception, "A page action failed");
                return new UiError(localizer["Error:Text"], new Dictionary<string, string[]>());
        }
    }
}

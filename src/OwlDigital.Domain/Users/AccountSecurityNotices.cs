using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OwlDigital.Emailing;
using OwlDigital.Localization;

namespace OwlDigital.Users;

/// <summary>A change that protects an account, told to its owner by mail.</summary>
public enum AccountSecurityChange
{
    PasswordChanged,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorResetByAdmin,
    RecoveryCodesRenewed,
}

/// <summary>
/// Tells the person when their password or second factor changed: if it was not them, the mail
/// is how they find out, with the link to set a new password. Sent once the change is made; a
/// mail that cannot be sent is logged and does not undo or hide the change (the caller still gets
/// its answer, e.g. the recovery codes), and a client that hangs up does not stop it.
/// </summary>
public sealed class AccountSecurityNotices(
    IEmailSender emailSender,
    IOptions<EmailingOptions> emailingOptions,
    IStringLocalizer<OwlDigitalResource> localizer,
    ILogger<AccountSecurityNotices> logger)
{
    public async Task SendAsync(OwlUser user, AccountSecurityChange change)
    {
        var forgotten = emailingOptions.Value.ApplicationBaseUrl.TrimEnd('/') + "/account/forgot-password";
        try
        {
            await emailSender.SendAsync(
                new EmailMessage(
                    user.Email!,
                    localizer["Mail:Security:Subject"],
                    localizer["Mail:Security:Body", user.DisplayName, localizer[$"Mail:Security:{change}"], forgotten]),
                CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException or System.Net.Mail.SmtpException)
        {
            logger.LogError(exception, "The notice {Change} to user {UserId} could not be sent", change, user.Id);
        }
    }
}

using Microsoft.Extensions.Localization;
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
/// is how they find out, with the link to set a new password.
/// </summary>
public sealed class AccountSecurityNotices(
    IEmailSender emailSender,
    IOptions<EmailingOptions> emailingOptions,
    IStringLocalizer<OwlDigitalResource> localizer)
{
    public Task SendAsync(OwlUser user, AccountSecurityChange change, CancellationToken cancellationToken = default)
    {
        var forgotten = emailingOptions.Value.ApplicationBaseUrl.TrimEnd('/') + "/account/forgot-password";
        return emailSender.SendAsync(
            new EmailMessage(
                user.Email!,
                localizer["Mail:Security:Subject"],
                localizer["Mail:Security:Body", user.DisplayName, localizer[$"Mail:Security:{change}"], forgotten]),
            cancellationToken);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OwlDigital.Emailing;
using OwlDigital.Localization;
using OwlDigital.Validation;

namespace OwlDigital.Users;

/// <summary>
/// Brings people in without anyone choosing a password for them: an invited user gets a mail with
/// a one-time link to set their own password; a forgotten password works the same way.
/// </summary>
public sealed class UserInvitationManager(
    UserManager<OwlUser> userManager,
    IEmailSender emailSender,
    IOptions<EmailingOptions> emailingOptions,
    AccountSecurityNotices notices,
    IStringLocalizer<OwlDigitalResource> localizer)
{
    public const string SetPasswordPath = "/account/reset-password";

    /// <summary>Where a signed-in person accepts or declines the invitations waiting for them.</summary>
    public const string InvitationsPath = "/account/invitations";

    /// <summary>Finds the account of the address or creates one without a password (the person sets it from the mailed link).</summary>
    /// <returns>The user, and whether the account was created now (false: it existed and keeps its password).</returns>
    public async Task<(OwlUser User, bool Created)> FindOrCreateAsync(string email, string displayName)
    {
        var normalizedEmail = (email ?? string.Empty).Trim();
        var existing = await userManager.FindByEmailAsync(normalizedEmail);
        if (existing is not null)
        {
            return (existing, false);
        }

        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > UserConsts.MaxDisplayNameLength)
        {
            throw new OwlDigitalValidationException(new Dictionary<string, string[]>
            {
                ["DisplayName"] = [localizer["Validation:DisplayName", UserConsts.MaxDisplayNameLength]],
            });
        }

        var user = new OwlUser { Id = Guid.NewGuid(), UserName = normalizedEmail, Email = normalizedEmail, DisplayName = displayName.Trim() };
        ThrowIfFailed(await userManager.CreateAsync(user), "Email");
        return (user, true);
    }

    /// <summary>
    /// Tells the person: a new account gets the link to set a password, an existing one the link
    /// to accept or decline the invitation into <paramref name="invitedInto"/>. Sent after the commit, so no mail promises
    /// what was rolled back.
    /// </summary>
    public async Task NotifyAsync(OwlUser user, bool created, string invitedInto, CancellationToken cancellationToken = default)
    {
        var message = created
            ? new EmailMessage(user.Email!, localizer["Mail:Invitation:Subject", invitedInto], localizer["Mail:Invitation:Body", user.DisplayName, invitedInto, await CreateSetPasswordLinkAsync(user)])
            : new EmailMessage(user.Email!, localizer["Mail:Added:Subject", invitedInto], localizer["Mail:Added:Body", user.DisplayName, invitedInto, emailingOptions.Value.ApplicationBaseUrl.TrimEnd('/') + InvitationsPath]);
        await emailSender.SendAsync(message, cancellationToken);
    }

    /// <summary>Sends a reset link when the address belongs to an account, and says nothing either way.</summary>
    public async Task SendPasswordResetAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return;
        }

        var link = await CreateSetPasswordLinkAsync(user);
        await emailSender.SendAsync(
            new EmailMessage(user.Email!, localizer["Mail:Reset:Subject"], localizer["Mail:Reset:Body", user.DisplayName, link]),
            cancellationToken);
    }

    /// <summary>Sets the password with a token from a mail; an invited user thereby confirms the address too.</summary>
    public async Task ResetPasswordAsync(string email, string token, string newPassword)
    {
        var user = await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Same answer as a wrong token: the form must not reveal which addresses exist.
            throw InvalidToken();
        }

        var hadPassword = user.PasswordHash is not null;
        var result = await userManager.ResetPasswordAsync(user, token, newPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            throw InvalidToken();
        }

        ThrowIfFailed(result, "NewPassword");
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await userManager.UpdateAsync(user);
        }

        // A locked account (too many wrong passwords) is free again once its owner proved the address.
        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);

        // An invited person setting a first password needs no warning; anyone else is told.
        if (hadPassword)
        {
            await notices.SendAsync(user, AccountSecurityChange.PasswordChanged);
        }
    }

    private async Task<string> CreateSetPasswordLinkAsync(OwlUser user)
    {
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        return $"{emailingOptions.Value.ApplicationBaseUrl.TrimEnd('/')}{SetPasswordPath}?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}";
    }

    private OwlDigitalValidationException InvalidToken() =>
        new(new Dictionary<string, string[]> { ["Token"] = [localizer["Account:InvalidResetToken"]] });

    private static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new OwlDigitalValidationException(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
        }
    }
}

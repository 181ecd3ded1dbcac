using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.Validation;

namespace OwlDigital.Users;

/// <summary>How a second step was proven.</summary>
public enum SecondFactorProof
{
    None,
    AuthenticatorCode,
    RecoveryCode,
}

/// <summary>
/// Two-step sign-in for one account: the authenticator key, switching it on and off, the
/// one-time recovery codes, and an admin's reset when the phone is lost. The person's own changes
/// keep their current sessions (the key, the switch and the codes are written without a new
/// security stamp, so setting it up does not end the session that is doing it); an admin's reset
/// ends every session of the account. Every change is mailed to the person.
/// </summary>
public sealed class TwoFactorManager(
    UserManager<OwlUser> userManager,
    IUserStore<OwlUser> userStore,
    AccountSecurityNotices notices,
    IStringLocalizer<OwlDigitalResource> localizer)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The account's authenticator key, created on first use.</summary>
    public async Task<string> GetOrCreateKeyAsync(OwlUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await ReplaceKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }

        return key!;
    }

    /// <summary>Switches two-step sign-in on once the first code from the app is right, and hands out fresh recovery codes.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(OwlUser user, string? code, CancellationToken cancellationToken = default)
    {
        await EnsureAuthenticatorCodeAsync(user, code);
        await SetEnabledAsync(user, true);
        var codes = await NewRecoveryCodesAsync(user);
        await notices.SendAsync(user, AccountSecurityChange.TwoFactorEnabled);
        return codes;
    }

    /// <summary>Switches it off with a current code or a recovery code: a session alone is not enough.</summary>
    public async Task DisableAsync(OwlUser user, string? code, CancellationToken cancellationToken = default)
    {
        await EnsureNotLockedOutAsync(user);
        if (await VerifyAsync(user, code) == SecondFactorProof.None)
        {
            throw await FailedAttemptAsync(user);
        }

        await SetEnabledAsync(user, false);
        await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);

        // A new key next time: a key that may have been seen stays useless.
        await ReplaceKeyAsync(user);
        await notices.SendAsync(user, AccountSecurityChange.TwoFactorDisabled);
    }

    /// <summary>New recovery codes (the old ones stop working), for a current authenticator code.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(OwlUser user, string? code, CancellationToken cancellationToken = default)
    {
        if (!await userManager.GetTwoFactorEnabledAsync(user))
        {
            throw new OwlDigitalValidationException(new Dictionary<string, string[]> { ["Code"] = [localizer["Account:TwoFactorNotOn"]] });
        }

        await EnsureAuthenticatorCodeAsync(user, code);
        var codes = await NewRecoveryCodesAsync(user);
        await notices.SendAsync(user, AccountSecurityChange.RecoveryCodesRenewed);
        return codes;
    }

    /// <summary>
    /// An admin's reset for a person who lost their phone and their codes: off, a new key, no
    /// codes, and a new security stamp, so every token and cookie of the account stops working.
    /// The caller audits it in the same transaction and then tells the person (<see cref="AccountSecurityChange.TwoFactorResetByAdmin"/>).
    /// </summary>
    public async Task ResetAsync(OwlUser user)
    {
        await SetEnabledAsync(user, false);
        await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await ReplaceKeyAsync(user);
        ThrowIfFailed(await userManager.UpdateSecurityStampAsync(user));
    }

    /// <summary>
    /// The second step at sign-in or for switching off: six digits are an authenticator code (each
    /// accepted once), anything else is tried as a recovery code (each works once).
    /// </summary>
    public async Task<SecondFactorProof> VerifyAsync(OwlUser user, string? code)
    {
        var typed = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var digits = typed.Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit))
        {
            return await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, digits)
                ? SecondFactorProof.AuthenticatorCode
                : SecondFactorProof.None;
        }

        // Identity's recovery codes read XXXXX-XXXXX in upper case; accept them typed without the dash or in lower case.
        var recovery = digits.ToUpperInvariant();
        if (recovery.Length != 10)
        {
            return SecondFactorProof.None;
        }

        var redeemed = await userManager.RedeemTwoFactorRecoveryCodeAsync(user, $"{recovery[..5]}-{recovery[5..]}");
        return redeemed.Succeeded ? SecondFactorProof.RecoveryCode : SecondFactorProof.None;
    }

    private async Task EnsureAuthenticatorCodeAsync(OwlUser user, string? code)
    {
        await EnsureNotLockedOutAsync(user);
        var digits = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 6 || !await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            throw await FailedAttemptAsync(user);
        }
    }

    // A wrong code here counts like one at sign-in: a stolen session cannot try a million codes.
    private async Task<OwlDigitalValidationException> FailedAttemptAsync(OwlUser user)
    {
        await userManager.AccessFailedAsync(user);
        return await userManager.IsLockedOutAsync(user) ? LockedOut() : WrongCode();
    }

    private async Task EnsureNotLockedOutAsync(OwlUser user)
    {
        if (await userManager.IsLockedOutAsync(user))
        {
            throw LockedOut();
        }
    }

    private OwlDigitalValidationException LockedOut() =>
        new(new Dictionary<string, string[]> { ["Code"] = [localizer["Login:LockedOut"]] });

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(OwlUser user) =>
        (await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList()
        ?? throw new InvalidOperationException("The user store keeps no recovery codes.");

    // The store directly: UserManager would also give the account a new security stamp and so end the session doing this.
    private async Task SetEnabledAsync(OwlUser user, bool enabled)
    {
        await ((IUserTwoFactorStore<OwlUser>)userStore).SetTwoFactorEnabledAsync(user, enabled, CancellationToken.None);
        ThrowIfFailed(await userManager.UpdateAsync(user));
    }

    private async Task ReplaceKeyAsync(OwlUser user)
    {
        await ((IUserAuthenticatorKeyStore<OwlUser>)userStore).SetAuthenticatorKeyAsync(user, userManager.GenerateNewAuthenticatorKey(), CancellationToken.None);
        ThrowIfFailed(await userManager.UpdateAsync(user));
        await SingleUseAuthenticatorTokenProvider.StartOverAsync(userManager, user);
    }

    private OwlDigitalValidationException WrongCode() =>
        new(new Dictionary<string, string[]> { ["Code"] = [localizer["Account:InvalidTwoFactorCode"]] });

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            // Another request changed the account at the same moment (e.g. the same code twice).
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }
    }
}

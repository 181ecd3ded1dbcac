namespace OwlDigital.Account;

/// <summary>
/// The authenticator setup of the signed-in user. <see cref="SharedKey"/> (grouped in fours for
/// typing) and <see cref="AuthenticatorUri"/> (otpauth://, for apps that take a link) are only
/// filled while two-factor sign-in is not yet switched on; <see cref="RecoveryCodesLeft"/> once it is.
/// </summary>
public sealed record TwoFactorSetupDto(bool IsEnabled, string? SharedKey, string? AuthenticatorUri, int? RecoveryCodesLeft = null);

/// <summary>
/// One-time codes for signing in without the phone, each usable once. Shown once, when they are
/// made: the server keeps no way to show them again.
/// </summary>
public sealed record RecoveryCodesDto(IReadOnlyList<string> Codes);

public sealed record TwoFactorCodeDto(string Code);

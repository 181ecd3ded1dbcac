namespace OwlDigital.Account;

/// <summary>
/// The authenticator setup of the signed-in user. <see cref="SharedKey"/> (grouped in fours for
/// typing) and <see cref="AuthenticatorUri"/> (otpauth://, for apps that take a link) are only
/// filled while two-factor sign-in is not yet switched on.
/// </summary>
public sealed record TwoFactorSetupDto(bool IsEnabled, string? SharedKey, string? AuthenticatorUri);

public sealed record TwoFactorCodeDto(string Code);

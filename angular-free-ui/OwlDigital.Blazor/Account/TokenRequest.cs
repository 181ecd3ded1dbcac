namespace OwlDigital.Account;

/// <summary>
/// Credentials for a bearer token; <see cref="TenantId"/> optionally names the tenant the token
/// works in; <see cref="TwoFactorCode"/> is the authenticator app's code for users who switched
/// two-factor sign-in on.
/// </summary>
public sealed record TokenRequest(string Email, string Password, Guid? TenantId, string? TwoFactorCode = null);

namespace OwlDigital.Account;

/// <summary>Credentials for a bearer token; <see cref="TenantId"/> optionally names the tenant the token works in.</summary>
public sealed record TokenRequest(string Email, string Password, Guid? TenantId);

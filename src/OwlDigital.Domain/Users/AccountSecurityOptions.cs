namespace OwlDigital.Users;

/// <summary>Settings of the section <c>AccountSecurity</c>.</summary>
public sealed class AccountSecurityOptions
{
    public const string SectionName = "AccountSecurity";

    /// <summary>
    /// Host admins act with their host rights only in a session signed in with two steps. Null:
    /// required in Production, not elsewhere (the demo and the tests sign in with a password).
    /// </summary>
    public bool? RequireTwoFactorForHostAdmins { get; set; }

    /// <summary>How long a session check may rely on what it read of the account (security stamp, lockout).</summary>
    public TimeSpan SessionCheckInterval { get; set; } = AccountSessionCache.DefaultMaxAge;
}

/// <summary>Claims a session carries about how it was signed in.</summary>
public static class SignInClaimTypes
{
    /// <summary>Present when the session was signed in by an account with two-step sign-in on (the second step was proven).</summary>
    public const string TwoFactor = "owl_2fa";
}

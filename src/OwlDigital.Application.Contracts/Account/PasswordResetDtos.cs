namespace OwlDigital.Account;

public sealed record RequestPasswordResetDto(string Email);

/// <summary>The token comes from the link in the mail; the e-mail address identifies the account.</summary>
public sealed record ResetPasswordDto(string Email, string Token, string NewPassword);

public sealed record ChangePasswordDto(string CurrentPassword, string NewPassword);

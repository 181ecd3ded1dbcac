using OwlDigital.Authorization;

namespace OwlDigital.Account;

public interface IAccountAppService
{
    /// <summary>Who is signed in, where they work now, and where else they may work.</summary>
    Task<CurrentUserDto> GetCurrentAsync(CancellationToken cancellationToken = default);

    /// <summary>Mails a link to set a new password if the address belongs to an account; answers the same either way.</summary>
    Task RequestPasswordResetAsync(RequestPasswordResetDto input, CancellationToken cancellationToken = default);

    Task ResetPasswordAsync(ResetPasswordDto input, CancellationToken cancellationToken = default);

    Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default);

    Task<TwoFactorSetupDto> GetTwoFactorSetupAsync(CancellationToken cancellationToken = default);

    /// <summary>Switches two-factor sign-in on after the user proved, with a first code, that their app works; answers with the recovery codes.</summary>
    Task<RecoveryCodesDto> EnableTwoFactorAsync(TwoFactorCodeDto input, CancellationToken cancellationToken = default);

    /// <summary>Switches it off, for a current authenticator code or a recovery code.</summary>
    Task DisableTwoFactorAsync(TwoFactorCodeDto input, CancellationToken cancellationToken = default);

    /// <summary>New recovery codes for a current authenticator code; the old ones stop working.</summary>
    Task<RecoveryCodesDto> RenewRecoveryCodesAsync(TwoFactorCodeDto input, CancellationToken cancellationToken = default);
}

using OwlDigital.Authorization;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Users;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OwlDigital.Localization;
using OwlDigital.Validation;

namespace OwlDigital.Account;

public sealed class AccountAppService(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    UserManager<OwlUser> userManager,
    CurrentAccess currentAccess,
    IPermissionChecker permissionChecker,
    UserInvitationManager invitations,
    TwoFactorManager twoFactor,
    AccountSecurityNotices notices,
    IOptions<AccountSecurityOptions> securityOptions,
    IStringLocalizer<OwlDigitalResource> localizer) : IAccountAppService
{
    private const string AuthenticatorIssuer = "OwlDigital";

    public async Task<CurrentUserDto> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        // Everything from the access context the request or circuit has read anyway.
        var access = await currentAccess.GetAsync(cancellationToken);
        if (access.User is not { } user)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        var granted = await permissionChecker.GetGrantedAsync(OwlDigitalPermissions.All, cancellationToken);
        return new CurrentUserDto(
            user.UserId,
            user.Email,
            user.DisplayName,
            currentTenant.Id,
            access.Tenant?.Name,
            user.Memberships.Where(m => m.Role.IsHostRole()).Select(m => m.Role).Distinct().ToList(),
            user.Memberships
                .Where(m => m.TenantId is { } id && user.Tenants.ContainsKey(id))
                .Select(m => (m.Role, Tenant: user.Tenants[m.TenantId!.Value]))
                .Select(m => new TenantMembershipDto(m.Tenant.Id, m.Tenant.Name, m.Role, m.Tenant.IsActive))
                .OrderBy(m => m.TenantName, StringComparer.CurrentCulture)
                .ToList(),
            OwlDigitalPermissions.All.Where(granted.Contains).ToList(),
            user.Memberships.Where(m => m.Role == MembershipRole.DistrictInterviewer && m.DistrictKey is not null).Select(m => m.DistrictKey!).Distinct().ToList(),
            securityOptions.Value.RequireTwoFactorForHostAdmins == true
                && user.Memberships.Any(m => m.Role == MembershipRole.HostAdmin)
                && !access.SignedInWithTwoFactor);
    }

    public Task RequestPasswordResetAsync(RequestPasswordResetDto input, CancellationToken cancellationToken = default) =>
        invitations.SendPasswordResetAsync(input.Email ?? string.Empty, cancellationToken);

    public async Task ResetPasswordAsync(ResetPasswordDto input, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrorCollector();
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add(nameof(input.Email), localizer["Validation:Required"]);
        }

        if (string.IsNullOrWhiteSpace(input.Token))
        {
            errors.Add(nameof(input.Token), localizer["Account:InvalidResetToken"]);
        }

        if (string.IsNullOrEmpty(input.NewPassword))
        {
            errors.Add(nameof(input.NewPassword), localizer["Validation:Required"]);
        }

        errors.ThrowIfAny();
        await invitations.ResetPasswordAsync(input.Email, input.Token, input.NewPassword);
    }

    public async Task ChangePasswordAsync(ChangePasswordDto input, CancellationToken cancellationToken = default)
    {
        var user = await GetSignedInUserAsync();
        var result = await userManager.ChangePasswordAsync(user, input.CurrentPassword ?? string.Empty, input.NewPassword ?? string.Empty);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
            throw new OwlDigitalValidationException(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });
        }

        // The new security stamp ends every other session of the account (SessionCheckMiddleware).
        await notices.SendAsync(user, AccountSecurityChange.PasswordChanged);
    }

    public async Task<TwoFactorSetupDto> GetTwoFactorSetupAsync(CancellationToken cancellationToken = default)
    {
        var user = await GetSignedInUserAsync();
        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return new TwoFactorSetupDto(true, null, null, await userManager.CountRecoveryCodesAsync(user));
        }

        var key = await twoFactor.GetOrCreateKeyAsync(user);
        var uri = $"otpauth://totp/{Uri.EscapeDataString(AuthenticatorIssuer)}:{Uri.EscapeDataString(user.Email!)}" +
            $"?secret={key}&issuer={Uri.EscapeDataString(AuthenticatorIssuer)}&digits=6";
        return new TwoFactorSetupDto(false, GroupInFours(key), uri);
    }

    public async Task<RecoveryCodesDto> EnableTwoFactorAsync(TwoFactorCodeDto input, CancellationToken cancellationToken = default) =>
        new(await twoFactor.EnableAsync(await GetSignedInUserAsync(), input.Code, cancellationToken));

    // A current code, not just a signed-in session: whoever holds a stolen cookie or an old
    // token must not be able to take the second factor away.
    public async Task DisableTwoFactorAsync(TwoFactorCodeDto input, CancellationToken cancellationToken = default) =>
        await twoFactor.DisableAsync(await GetSignedInUserAsync(), input.Code, cancellationToken);

    public async Task<RecoveryCodesDto> RenewRecoveryCodesAsync(TwoFactorCodeDto input, CancellationToken cancellationToken = default) =>
        new(await twoFactor.RenewRecoveryCodesAsync(await GetSignedInUserAsync(), input.Code, cancellationToken));

    private async Task<OwlUser> GetSignedInUserAsync() =>
        (currentUser.Id is { } id ? await userManager.FindByIdAsync(id.ToString()) : null)
        ?? throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);

    private static string GroupInFours(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}

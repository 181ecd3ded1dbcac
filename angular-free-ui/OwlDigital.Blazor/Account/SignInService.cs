using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using OwlDigital.Auditing;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Account;

/// <summary>
/// Checks credentials (with lockout) and signs in with the tenant claim, for the log-in form and
/// the token endpoint alike. Failures are logged without the password, and without telling an
/// unknown e-mail address from a wrong password.
/// </summary>
public sealed class SignInService(
    UserManager<OwlUser> userManager,
    SignInManager<OwlUser> signInManager,
    IMembershipRepository memberships,
    ITenantRepository tenants,
    TenantAccessChecker tenantAccessChecker,
    IAuditLogRepository auditLog,
    ICurrentTenant currentTenant,
    TwoFactorManager twoFactor,
    TimeProvider timeProvider,
    ILogger<SignInService> logger)
{
    public async Task<SignInOutcome> CheckCredentialsAsync(string email, string password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await userManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            logger.LogWarning("Sign-in failed: unknown user");
            await AuditAsync(AuditLogAction.SignInFailed, null, email);
            return new SignInOutcome(SignInOutcomeKind.InvalidCredentials, null);
        }

        var result = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: user {UserId} is locked out", user.Id);
            await AuditAsync(AuditLogAction.SignInLockedOut, user.Id, user.Email);
            return new SignInOutcome(SignInOutcomeKind.LockedOut, user);
        }

        if (!result.Succeeded)
        {
            logger.LogWarning("Sign-in failed: wrong password for user {UserId}", user.Id);
            await AuditAsync(AuditLogAction.SignInFailed, user.Id, user.Email);
            return new SignInOutcome(SignInOutcomeKind.InvalidCredentials, user);
        }

        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            // The password was right; the sign-in is complete only with the authenticator code.
            return new SignInOutcome(SignInOutcomeKind.RequiresTwoFactor, user);
        }

        logger.LogInformation("User {UserId} signed in", user.Id);
        await AuditAsync(AuditLogAction.SignInSucceeded, user.Id, user.Email);
        return new SignInOutcome(SignInOutcomeKind.Succeeded, user);
    }

    /// <summary>
    /// The second step, with the authenticator code (each accepted once) or a recovery code (each
    /// works once): a wrong code counts towards the lockout like a wrong password.
    /// </summary>
    public async Task<SignInOutcome> CheckTwoFactorCodeAsync(OwlUser user, string? code)
    {
        if (await userManager.IsLockedOutAsync(user))
        {
            await AuditAsync(AuditLogAction.SignInLockedOut, user.Id, user.Email);
            return new SignInOutcome(SignInOutcomeKind.LockedOut, user);
        }

        var proof = await twoFactor.VerifyAsync(user, code);
        if (proof == SecondFactorProof.None)
        {
            logger.LogWarning("Sign-in failed: wrong authenticator code for user {UserId}", user.Id);
            await userManager.AccessFailedAsync(user);
            await AuditAsync(AuditLogAction.SignInFailed, user.Id, user.Email);
            return new SignInOutcome(await userManager.IsLockedOutAsync(user) ? SignInOutcomeKind.LockedOut : SignInOutcomeKind.InvalidTwoFactorCode, user);
        }

        await userManager.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} signed in with a second factor ({Proof})", user.Id, proof);
        await AuditAsync(AuditLogAction.SignInSucceeded, user.Id, user.Email);
        return new SignInOutcome(SignInOutcomeKind.Succeeded, user);
    }

    /// <summary>
    /// The tenant to start in: the one asked for (if allowed); for a person with a host role the
    /// host side (null), so what they do with host rights is never stamped with, or shown in, a
    /// tenant they also belong to; else the tenant they last switched to, if they may still work
    /// there; else the active tenant where their role is highest.
    /// </summary>
    /// <param name="useLastTenant">Only for a person signing in on the pages: an API client without a tenant keeps getting the same one.</param>
    public async Task<Guid?> ChooseTenantAsync(OwlUser user, Guid? requested, bool useLastTenant = false)
    {
        if (requested is { } tenantId)
        {
            await tenantAccessChecker.EnsureCanWorkInAsync(user.Id, tenantId);
            return tenantId;
        }

        var all = await memberships.GetForUserAsync(user.Id);
        if (all.Any(m => m.Role.IsHostRole()))
        {
            return null;
        }

        // Where the person's role is highest (a CDO of the district before a viewer of a town), then by name.
        var highestRole = all.Where(m => m.TenantId is not null).GroupBy(m => m.TenantId!.Value).ToDictionary(g => g.Key, g => g.Min(m => m.Role));
        var active = (await tenants.GetByIdsAsync(highestRole.Keys.ToHashSet())).Where(t => t.IsActive).ToList();
        if (useLastTenant && user.LastTenantId is { } last && active.Any(t => t.Id == last))
        {
            return last;
        }

        return active
            .OrderBy(t => highestRole[t.Id])
            .ThenBy(t => t.Name, StringComparer.CurrentCulture)
            .Select(t => (Guid?)t.Id)
            .FirstOrDefault();
    }

    /// <summary>Remembers the tenant a person switched to, to start there next time.</summary>
    public async Task RememberTenantAsync(OwlUser user, Guid? tenantId)
    {
        // Host-role users always start on the host side: nothing to remember.
        if (user.LastTenantId != tenantId && (await memberships.GetForUserAsync(user.Id)).All(m => !m.Role.IsHostRole()))
        {
            user.LastTenantId = tenantId;
            await userManager.UpdateAsync(user);
        }
    }

    // The e-mail address typed at a failed attempt is kept (truncated), so an admin can see what was tried.
    private Task AuditAsync(AuditLogAction action, Guid? userId, string? email) =>
        auditLog.WriteAsync(new AuditLogEntry(
            Guid.NewGuid(),
            timeProvider.GetUtcNow(),
            action,
            currentTenant.Id,
            userId,
            email?.Trim(),
            "User",
            userId?.ToString()));

    /// <param name="secondFactorProven">
    /// Whether this sign-in proved the second step (or, for a tenant switch, the session being
    /// replaced had): only then does the session carry <see cref="SignInClaimTypes.TwoFactor"/>.
    /// </param>
    public Task SignInAsync(OwlUser user, Guid? tenantId, bool isPersistent, string scheme, bool secondFactorProven)
    {
        signInManager.AuthenticationScheme = scheme;
        var claims = new List<Claim>();
        if (tenantId is { } id)
        {
            claims.Add(new Claim(OwlDigitalClaimTypes.Tenant, id.ToString()));
        }

        if (secondFactorProven)
        {
            claims.Add(new Claim(SignInClaimTypes.TwoFactor, "1"));
        }

        return signInManager.SignInWithClaimsAsync(user, isPersistent, claims);
    }
}

public enum SignInOutcomeKind
{
    Succeeded,
    InvalidCredentials,
    LockedOut,
    RequiresTwoFactor,
    InvalidTwoFactorCode,
}

public sealed record SignInOutcome(SignInOutcomeKind Kind, OwlUser? User);

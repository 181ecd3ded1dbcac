using System.Security.Claims;
using OwlDigital.Memberships;

namespace OwlDigital.Authorization;

/// <summary>
/// The access of one request or circuit: who works (<see cref="User"/>, null when nobody is
/// signed in), as which sign-in (<see cref="Principal"/>, whose claims say e.g. whether two steps
/// were used) and in which tenant. Immutable, read once per request and handed to every app-service
/// call of a circuit; permission checks, feature checks and the tenant rule decide from it without
/// another query.
/// </summary>
public sealed class AccessContext(ClaimsPrincipal? principal, UserAccess? user, Guid? tenantId)
{
    public ClaimsPrincipal? Principal { get; } = principal;

    public UserAccess? User { get; } = user;

    public Guid? TenantId { get; } = tenantId;

    public IReadOnlyList<Membership> Memberships => User?.Memberships ?? [];

    /// <summary>The tenant worked in, when the user is a member of it (null on the host side): the user's tenants are those of their memberships.</summary>
    public TenantAccess? Tenant => TenantId is { } id ? User?.Tenants.GetValueOrDefault(id) : null;

    /// <summary>This session was signed in with a second step (password and code).</summary>
    public bool SignedInWithTwoFactor => Principal?.FindFirst(Users.SignInClaimTypes.TwoFactor) is not null;

    /// <summary>The current tenant exists, is active and the user holds a role in it.</summary>
    public bool WorksInActiveTenant => Tenant is { IsActive: true };
}

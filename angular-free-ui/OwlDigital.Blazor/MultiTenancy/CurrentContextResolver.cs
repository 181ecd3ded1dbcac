using System.Security.Claims;
using OwlDigital.Authorization;
using OwlDigital.Users;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// Decides the tenant of a request or circuit from the named tenant (header or claim) and checks
/// that the user may work in it. The same rule serves HTTP requests and Blazor circuits. The
/// principal is already the scope's current user, so the check reads the access context the rest
/// of the request then uses.
/// </summary>
public sealed class CurrentContextResolver(ICurrentUser currentUser, CurrentAccess currentAccess)
{
    public async Task<Guid?> ResolveTenantAsync(ClaimsPrincipal principal, string? requestedTenant, CancellationToken cancellationToken = default)
    {
        if (!ReferenceEquals(principal, currentUser.Principal))
        {
            throw new InvalidOperationException("Make the principal the current user before resolving its tenant.");
        }

        requestedTenant ??= principal.FindFirstValue(OwlDigitalClaimTypes.Tenant);
        if (string.IsNullOrWhiteSpace(requestedTenant))
        {
            return null;
        }

        if (!Guid.TryParse(requestedTenant, out var tenantId))
        {
            throw new ExceptionHandling.BusinessException(OwlDigitalErrorCodes.MultiTenancy.MalformedTenantHeader)
                .WithDetail("Value", requestedTenant)
                .ForField(OwlDigitalClaimTypes.TenantHeader);
        }

        if (principal.Identity?.IsAuthenticated != true || currentUser.Id is null)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        TenantAccessChecker.EnsureCanWorkIn((await currentAccess.GetAsync(cancellationToken)).User, tenantId);
        return tenantId;
    }
}

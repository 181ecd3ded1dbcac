using System.Security.Claims;
using OwlDigital.Authorization;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// Decides the tenant of a request or circuit from the named tenant (header or claim) and checks
/// that the user may work in it. The same rule serves HTTP requests and Blazor circuits.
/// </summary>
public sealed class CurrentContextResolver(TenantAccessChecker tenantAccessChecker)
{
    public async Task<Guid?> ResolveTenantAsync(ClaimsPrincipal principal, string? requestedTenant, CancellationToken cancellationToken = default)
    {
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

        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.NotAuthenticated, isAuthenticated: false);
        }

        await tenantAccessChecker.EnsureCanWorkInAsync(userId, tenantId, cancellationToken);
        return tenantId;
    }
}

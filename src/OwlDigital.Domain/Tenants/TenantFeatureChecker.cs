using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Tenants;

/// <summary>Answers whether a feature is switched on for the current tenant; modules ask before they offer it.</summary>
public sealed class TenantFeatureChecker(ICurrentTenant currentTenant, ITenantRepository tenants)
{
    public async Task<bool> IsEnabledAsync(string feature, CancellationToken cancellationToken = default) =>
        currentTenant.Id is { } tenantId
        && (await tenants.FindAsync(tenantId, cancellationToken))?.IsFeatureEnabled(feature) == true;

    public async Task CheckEnabledAsync(string feature, CancellationToken cancellationToken = default)
    {
        if (!await IsEnabledAsync(feature, cancellationToken))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.FeatureDisabled).WithDetail("Feature", feature);
        }
    }
}

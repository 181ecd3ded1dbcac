using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Tenants;

/// <summary>Answers whether a feature is switched on for the current tenant; modules ask before they offer it.</summary>
public sealed class TenantFeatureChecker(ICurrentTenant currentTenant, CurrentAccess currentAccess, ITenantRepository tenants)
{
    public async Task<bool> IsEnabledAsync(string feature, CancellationToken cancellationToken = default)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return false;
        }

        // A person working in the tenant has it in the access context already; work without a
        // person (seeding, background jobs) reads it.
        return (await currentAccess.GetAsync(cancellationToken)).Tenant?.IsFeatureEnabled(feature)
            ?? (await tenants.FindAsync(tenantId, cancellationToken))?.IsFeatureEnabled(feature) == true;
    }

    public async Task CheckEnabledAsync(string feature, CancellationToken cancellationToken = default)
    {
        if (!await IsEnabledAsync(feature, cancellationToken))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.FeatureDisabled).WithDetail("Feature", feature);
        }
    }
}

using OwlDigital.ExceptionHandling;

namespace OwlDigital.Tenants;

/// <summary>Creates tenants and changes their keys; the rules that need to see other tenants live here.</summary>
public sealed class TenantManager(ITenantRepository tenantRepository)
{
    public async Task<Tenant> CreateAsync(
        string name,
        TenantKind kind,
        string ags,
        string ars,
        int population,
        double latitude,
        double longitude,
        CancellationToken cancellationToken = default)
    {
        // Format first: a malformed key should be reported as malformed, not as "not a duplicate".
        Tenant.ValidateKeys(kind, ags, ars);
        await EnsureAgsIsUnusedAsync(ags, cancellationToken);
        return new Tenant(Guid.NewGuid(), name, kind, ags, ars, population, latitude, longitude);
    }

    // ValidateKeys ties the ARS to the AGS (same district, same municipality digits), so a unique AGS
    // implies a unique ARS; the unique index on the ARS guards the database all the same.
    private async Task EnsureAgsIsUnusedAsync(string ags, CancellationToken cancellationToken)
    {
        if (await tenantRepository.FindByAgsAsync(ags, cancellationToken) is not null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.DuplicateAgs).WithDetail("Ags", ags).ForField(nameof(Tenant.Ags));
        }
    }
}

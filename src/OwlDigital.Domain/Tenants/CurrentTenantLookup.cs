using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Tenants;

public static class CurrentTenantLookup
{
    /// <summary>
    /// The tenant the request works in, for work that needs its name or district (sharing happens on
    /// behalf of a tenant); without one, the same refusal the save interceptor gives.
    /// </summary>
    public static async Task<Tenant> GetCurrentAsync(this ITenantRepository tenants, ICurrentTenant currentTenant, string entity, CancellationToken cancellationToken) =>
        currentTenant.Id is { } id && await tenants.FindAsync(id, cancellationToken) is { } tenant
            ? tenant
            : throw new BusinessException(OwlDigitalErrorCodes.MultiTenancy.NoCurrentTenant).WithDetail("Entity", entity);
}

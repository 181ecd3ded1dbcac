using Microsoft.AspNetCore.Http;
using OwlDigital.Authorization;
using OwlDigital.Users;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// After authentication: makes the request's user and tenant current for everything below it
/// (permission checks, the EF tenant filter, the PostgreSQL tenant setting). A tenant the user
/// may not work in ends the request with 403 before any endpoint runs.
/// </summary>
public sealed class CurrentContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser, ICurrentTenant currentTenant, CurrentContextResolver resolver)
    {
        using var userScope = currentUser.Change(context.User);
        var header = context.Request.Headers[OwlDigitalClaimTypes.TenantHeader].FirstOrDefault();
        Guid? tenantId;
        try
        {
            tenantId = await resolver.ResolveTenantAsync(context.User, header, context.RequestAborted);
        }
        catch (AuthorizationException) when (!context.Request.Path.StartsWithSegments("/api"))
        {
            // A page keeps working on the host side (the tenant was deactivated or the membership
            // removed since the cookie was issued); API calls get their 401/403 instead.
            tenantId = null;
        }

        using var tenantScope = currentTenant.Change(tenantId);
        await next(context);
    }
}

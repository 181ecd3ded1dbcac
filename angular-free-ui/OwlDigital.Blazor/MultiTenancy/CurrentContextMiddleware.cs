using Microsoft.AspNetCore.Http;
using OwlDigital.Authorization;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.MultiTenancy;

/// <summary>
/// After authentication: makes the request's user and tenant current for everything below it
/// (permission checks, the EF tenant filter, the PostgreSQL tenant setting). A tenant the user
/// may not work in ends the request with 403 before any endpoint runs.
/// </summary>
public sealed class CurrentContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser currentUser, ICurrentTenant currentTenant, CurrentContextResolver resolver, AppServiceScope appServiceScope)
    {
        // An API request calls its app service once: one scope, one DbContext, one access context.
        // A page rendered on the server is not marked: its components load at the same time.
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            appServiceScope.MarkAsUnitOfWork();
        }

        using var userScope = currentUser.Change(context.User);
        if (WorksWithoutTenant(context.Request))
        {
            await next(context);
            return;
        }

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

    /// <summary>
    /// Scripts, styles and the Blazor hub touch no tenant data: a page brings a dozen of them, and
    /// checking the tenant for each would read the access context a dozen times. The circuit
    /// behind the hub checks its tenant itself (<c>CurrentContextCircuitHandler</c>).
    /// </summary>
    private static bool WorksWithoutTenant(HttpRequest request) =>
        request.Path.StartsWithSegments("/_blazor")
        || request.Path.StartsWithSegments("/_framework")
        || request.Path.StartsWithSegments("/_content")
        || request.Path == "/health"
        || (HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/api") && Path.HasExtension(request.Path.Value));
}

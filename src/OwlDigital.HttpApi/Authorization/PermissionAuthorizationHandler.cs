using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace OwlDigital.Authorization;

/// <summary>Endpoint and page policies ask the same <see cref="IPermissionChecker"/> the app services ask.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker permissionChecker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissionChecker.IsGrantedAsync(requirement.Permission))
        {
            context.Succeed(requirement);
            return;
        }

        // An API caller learns why, as from the app service: the 403 problem names the permission,
        // or that a host admin must first sign in with two steps.
        if (context.Resource is HttpContext { User.Identity.IsAuthenticated: true } http && http.Request.Path.StartsWithSegments("/api"))
        {
            await permissionChecker.CheckAsync(requirement.Permission, http.RequestAborted);
        }
    }
}

using Microsoft.AspNetCore.Authorization;

namespace OwlDigital.Authorization;

/// <summary>Endpoint and page policies ask the same <see cref="IPermissionChecker"/> the app services ask.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker permissionChecker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissionChecker.IsGrantedAsync(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

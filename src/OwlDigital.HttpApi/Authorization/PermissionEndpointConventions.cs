using System.Reflection;
using Microsoft.AspNetCore.Builder;

namespace OwlDigital.Authorization;

public static class PermissionEndpointConventions
{
    /// <summary>
    /// For endpoints that read a large request body (uploads, files as base64 in JSON) before they call their app service:
    /// the permission the app-service method declares is checked before the body is read, so a
    /// person without it cannot make the server take in a file. The declaration stays on the
    /// method (<see cref="RequiresPermissionAttribute"/>); this only reads it.
    /// </summary>
    public static RouteHandlerBuilder RequirePermissionOf<TService>(this RouteHandlerBuilder builder, string methodName)
    {
        var permission = typeof(TService).GetMethods().Single(m => m.Name == methodName).GetCustomAttribute<RequiresPermissionAttribute>()?.Permission
            ?? throw new InvalidOperationException($"{typeof(TService).Name}.{methodName} declares no permission.");
        return builder.RequireAuthorization(permission);
    }
}

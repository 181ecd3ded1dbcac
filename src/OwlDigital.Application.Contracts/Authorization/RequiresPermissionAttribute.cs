namespace OwlDigital.Authorization;

/// <summary>
/// The one place a permission is declared: on the app-service interface method. Every caller (an
/// API endpoint, a Blazor page) reaches the method through the app-service call proxy, which checks
/// it before the method runs: 401 without a user, 403 without the permission. Methods whose check
/// depends on their input (which permission, or whether one at all) check it themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}

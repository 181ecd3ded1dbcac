namespace OwlDigital.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="AuthorizationException"/> (401 without a user, 403 without the permission).</summary>
    Task CheckAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>Which of the permissions are granted, decided in one pass (the memberships and the tenant read once).</summary>
    Task<IReadOnlySet<string>> GetGrantedAsync(IEnumerable<string> permissions, CancellationToken cancellationToken = default);
}

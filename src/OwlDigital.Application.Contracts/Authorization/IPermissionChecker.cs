namespace OwlDigital.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="AuthorizationException"/> (401 without a user, 403 without the permission).</summary>
    Task CheckAsync(string permission, CancellationToken cancellationToken = default);
}

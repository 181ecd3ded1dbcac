using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Authorization;

/// <summary>
/// One per DI scope: the <see cref="AccessContext"/> of the scope's user and tenant, read from the
/// database once and then reused. An HTTP request reads it once (middleware, endpoint policy and
/// app service share the scope); the app-service call of a circuit runs in a scope of its own but
/// continues from the circuit's (<see cref="ContinueFrom"/>), so a page load reads it once too.
/// It is read again when a membership or tenant changed in this process, or after
/// <see cref="MaximumAge"/> (a change made by another instance of the web host).
/// </summary>
public sealed class CurrentAccess(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IMembershipRepository memberships,
    AccessChangeSignal changes,
    TimeProvider timeProvider)
{
    /// <summary>How long a circuit trusts what it read, at most, when another host instance changed it.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;
    private CurrentAccess? _caller;

    private Guid? UserId => currentUser.Id;

    /// <summary>For a scope started on behalf of another one (an app-service call of a circuit): use what that scope has read, and tell it what this one reads.</summary>
    public void ContinueFrom(CurrentAccess caller) => _caller = caller;

    public async Task<AccessContext> GetAsync(CancellationToken cancellationToken = default)
    {
        var principal = currentUser.Principal;
        if (currentUser.Id is not { } userId)
        {
            return new AccessContext(principal, user: null, currentTenant.Id);
        }

        var snapshot = Usable(_snapshot, userId) ?? Usable(_caller?._snapshot, userId) ?? await LoadAsync(userId, cancellationToken);
        _snapshot = snapshot;
        return new AccessContext(principal, snapshot.Access, currentTenant.Id);
    }

    private Snapshot? Usable(Snapshot? snapshot, Guid userId) =>
        snapshot is not null
        && snapshot.UserId == userId
        && snapshot.Version == changes.Version
        && timeProvider.GetUtcNow() - snapshot.ReadAt < MaximumAge
            ? snapshot
            : null;

    private async Task<Snapshot> LoadAsync(Guid userId, CancellationToken cancellationToken)
    {
        // The version before the read: a change that lands while reading makes the result stale at once.
        var version = changes.Version;
        var access = await memberships.GetAccessAsync(userId, cancellationToken);
        var snapshot = new Snapshot(userId, access, version, timeProvider.GetUtcNow());
        if (_caller is { } caller && caller.UserId == userId)
        {
            caller._snapshot = snapshot;
        }

        return snapshot;
    }

    /// <param name="Access">Null when the account no longer exists.</param>
    private sealed record Snapshot(Guid UserId, UserAccess? Access, long Version, DateTimeOffset ReadAt);
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;

namespace OwlDigital.Users;

/// <summary>
/// What every authenticated request is checked against: the account's current security stamp
/// and lockout. A token or cookie carries the stamp it was issued with; a password change or an
/// admin's reset of the second factor gives the account a new one, and a deliberate lock ends its
/// sessions too (see <see cref="AccountSessionState.Admits"/>). Kept for a few seconds per account, so the check costs a query per account and
/// interval rather than per request; a change written through this process forgets the entry at
/// once (<see cref="Forget"/>), one written elsewhere is seen within the interval.
/// </summary>
public sealed class AccountSessionCache(TimeProvider timeProvider)
{
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, (AccountSessionState State, DateTimeOffset ReadAt)> _entries = new();

    /// <summary>The account as sessions see it, read through <paramref name="users"/> unless read less than <paramref name="maxAge"/> ago.</summary>
    public async Task<AccountSessionState> GetAsync(Guid userId, TimeSpan maxAge, UserManager<OwlUser> users)
    {
        var now = timeProvider.GetUtcNow();
        if (_entries.TryGetValue(userId, out var entry) && now - entry.ReadAt < maxAge)
        {
            return entry.State;
        }

        var state = await users.FindByIdAsync(userId.ToString()) is { } user
            ? new AccountSessionState(user.SecurityStamp, user.LockoutEnd)
            : AccountSessionState.Gone;
        _entries[userId] = (state, now);
        return state;
    }

    public void Forget(Guid userId) => _entries.TryRemove(userId, out _);
}

/// <summary>An account as sessions see it: gone (null stamp), its stamp, and until when it is locked.</summary>
public sealed record AccountSessionState(string? SecurityStamp, DateTimeOffset? LockoutEnd)
{
    public static readonly AccountSessionState Gone = new(null, null);

    /// <summary>
    /// Whether a session issued with <paramref name="stamp"/> may still act at <paramref name="now"/>:
    /// the stamp is still the account's, and the account is not locked for longer than wrong
    /// passwords lock it. The lockout after wrong passwords does not end sessions: anyone who knows
    /// an address could otherwise sign its owner (and every API client of it) out every 15 minutes.
    /// </summary>
    public bool Admits(string? stamp, DateTimeOffset now) =>
        SecurityStamp is not null && string.Equals(SecurityStamp, stamp, StringComparison.Ordinal)
        && !(LockoutEnd > now + OwlDigitalIdentityOptions.LockoutDuration);
}

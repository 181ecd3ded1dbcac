using OwlDigital.Memberships;

namespace OwlDigital.Authorization;

/// <summary>What a tenant is, as far as deciding access needs it: whether it is active and which features it has.</summary>
public sealed record TenantAccess(Guid Id, string Name, bool IsActive, IReadOnlyList<string> Features, string DistrictKey)
{
    public bool IsFeatureEnabled(string feature) => Features.Contains(feature, StringComparer.Ordinal);
}

/// <summary>
/// Everything about one person that access decisions need, read in one query: their account's
/// name, their memberships and the tenants those memberships name. Immutable: a change to a
/// membership or a tenant makes a new one (<see cref="AccessChangeSignal"/>).
/// </summary>
public sealed class UserAccess(
    Guid userId,
    string email,
    string displayName,
    IReadOnlyList<Membership> memberships,
    IReadOnlyDictionary<Guid, TenantAccess> tenants)
{
    public Guid UserId { get; } = userId;

    public string Email { get; } = email;

    public string DisplayName { get; } = displayName;

    public IReadOnlyList<Membership> Memberships { get; } = memberships;

    /// <summary>The tenants of the memberships, by id.</summary>
    public IReadOnlyDictionary<Guid, TenantAccess> Tenants { get; } = tenants;

    public bool IsMemberOf(Guid tenantId) => Memberships.Any(m => m.TenantId == tenantId);
}

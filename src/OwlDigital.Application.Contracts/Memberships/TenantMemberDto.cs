namespace OwlDigital.Memberships;

/// <summary>
/// A member of the current tenant, or a pending invitation (<paramref name="IsPending"/>): then the
/// id is the invitation's, <paramref name="UserId"/> is empty and address and name are as typed
/// by the tenant admin, so the list never tells whether the address already had an account.
/// </summary>
public sealed record TenantMemberDto(Guid MembershipId, Guid UserId, string Email, string DisplayName, MembershipRole Role, bool IsPending = false);

namespace OwlDigital.Memberships;

public sealed record TenantMemberDto(Guid MembershipId, Guid UserId, string Email, string DisplayName, MembershipRole Role);

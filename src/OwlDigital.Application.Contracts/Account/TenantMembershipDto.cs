using OwlDigital.Memberships;

namespace OwlDigital.Account;

public sealed record TenantMembershipDto(Guid TenantId, string TenantName, MembershipRole Role, bool TenantIsActive);

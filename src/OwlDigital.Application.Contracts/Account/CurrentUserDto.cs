using OwlDigital.Memberships;

namespace OwlDigital.Account;

public sealed record CurrentUserDto(
    Guid Id,
    string Email,
    string DisplayName,
    Guid? CurrentTenantId,
    string? CurrentTenantName,
    IReadOnlyList<MembershipRole> HostRoles,
    IReadOnlyList<TenantMembershipDto> Tenants,
    IReadOnlyList<string> GrantedPermissions,
    IReadOnlyList<string>? InterviewDistricts = null,
    bool HostAdminNeedsTwoFactor = false);

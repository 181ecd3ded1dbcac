namespace OwlDigital.Memberships;

public static class MembershipRoleExtensions
{
    public static bool IsHostRole(this MembershipRole role) =>
        role is MembershipRole.HostAdmin or MembershipRole.RegionalAnalyst or MembershipRole.DistrictInterviewer;
}

namespace OwlDigital.Memberships;

/// <summary>One role of a user: in a tenant (<see cref="TenantId"/>), or on the host side (for an interviewer with their district).</summary>
public sealed record MembershipDto(Guid Id, MembershipRole Role, Guid? TenantId, string? TenantName, string? DistrictKey, string? DistrictName);

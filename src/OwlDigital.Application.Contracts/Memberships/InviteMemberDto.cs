using System.ComponentModel.DataAnnotations;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

/// <summary>A person to bring into the current tenant with a tenant role.</summary>
public sealed class InviteMemberDto
{
    [Required]
    [EmailAddress]
    [StringLength(UserConsts.MaxEmailLength)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = string.Empty;

    public MembershipRole Role { get; set; } = MembershipRole.TenantEditor;
}

using System.ComponentModel.DataAnnotations;
using OwlDigital.Memberships;

namespace OwlDigital.Users;

/// <summary>A person to invite with their first role; an existing account just gets the role.</summary>
public sealed class InviteUserDto
{
    [Required]
    [EmailAddress]
    [StringLength(UserConsts.MaxEmailLength)]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(UserConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = string.Empty;

    public MembershipRole Role { get; set; }

    /// <summary>For tenant roles.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>For district interviewers.</summary>
    public string? DistrictKey { get; set; }
}

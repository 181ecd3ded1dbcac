namespace OwlDigital.Memberships;

public sealed class AddMembershipDto
{
    public MembershipRole Role { get; set; }

    /// <summary>For tenant roles.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>For district interviewers.</summary>
    public string? DistrictKey { get; set; }
}

using OwlDigital.Dtos;

namespace OwlDigital.Users;

public sealed class GetUserListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the e-mail address or name.</summary>
    public string? Filter { get; set; }
}

namespace OwlDigital.Users;

public sealed record UserDto(
    Guid Id,
    string Email,
    string DisplayName,
    bool HasPassword,
    bool IsLockedOut,
    bool TwoFactorEnabled,
    IReadOnlyList<Memberships.MembershipDto> Memberships);

using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.Memberships;

namespace OwlDigital.Users;

/// <summary>Host administration of all users and all their roles.</summary>
public interface IUserAdminAppService
{
    [RequiresPermission(OwlDigitalPermissions.Users.Default)]
    Task<PagedResultDto<UserDto>> GetListAsync(GetUserListInput input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Users.Default)]
    Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Creates the account (the person sets their password from the mailed link) or adds the role to an existing one.</summary>
    [RequiresPermission(OwlDigitalPermissions.Users.Manage)]
    Task<UserDto> InviteAsync(InviteUserDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Users.Manage)]
    Task<UserDto> AddMembershipAsync(Guid userId, AddMembershipDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Users.Manage)]
    Task<UserDto> RemoveMembershipAsync(Guid userId, Guid membershipId, CancellationToken cancellationToken = default);

    /// <summary>Turns a person's two-step sign-in off (lost phone), ends their sessions, tells them by mail; audited.</summary>
    [RequiresPermission(OwlDigitalPermissions.Users.Manage)]
    Task<UserDto> ResetTwoFactorAsync(Guid id, CancellationToken cancellationToken = default);
}

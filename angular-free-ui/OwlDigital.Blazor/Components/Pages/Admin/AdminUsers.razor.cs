using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Localization;
using OwlDigital.Memberships;
using OwlDigital.Users;
using Radzen;
using Radzen.Blazor;

namespace OwlDigital.Blazor.Components.Pages.Admin;

public partial class AdminUsers
{
    private RadzenDataGrid<UserDto> _grid = null!;
    private IReadOnlyList<UserDto>? _users;
    private int _count;
    private bool _isLoading;
    private string? _filter;
    private string? _message;
    private string? _error;

    [Inject]
    private IUserAdminAppService UserAdminAppService { get; set; } = null!;

    [Inject]
    private DialogService DialogService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<AdminUsers> Logger { get; set; } = null!;

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        _isLoading = true;
        try
        {
            var result = await UserAdminAppService.GetListAsync(new GetUserListInput { Filter = _filter, Skip = args.Skip ?? 0, Take = args.Top ?? 20 });
            _users = result.Items;
            _count = (int)result.TotalCount;
        }
        catch (Exception exception)
        {
            _users = [];
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
        finally
        {
            _isLoading = false;
        }
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private string RoleText(MembershipDto membership) =>
        Localizer[$"Role:{membership.Role}"] + (membership.TenantName ?? membership.DistrictName) switch
        {
            null => string.Empty,
            var place => $" – {place}",
        };

    private async Task InviteAsync()
    {
        var invited = await DialogService.OpenAsync<MembershipDialog>(
            Localizer["AdminUsers:Invite"],
            new Dictionary<string, object?> { [nameof(MembershipDialog.User)] = null },
            new DialogOptions { Width = "34rem", CloseDialogOnEsc = true });
        if (invited is UserDto user)
        {
            _message = Localizer["AdminUsers:Invited:Message", user.Email];
            _filter = user.Email;
            await ReloadAsync();
        }
    }

    private async Task AddRoleAsync(UserDto user)
    {
        var changed = await DialogService.OpenAsync<MembershipDialog>(
            Localizer["AdminUsers:AddRoleFor", user.DisplayName],
            new Dictionary<string, object?> { [nameof(MembershipDialog.User)] = user },
            new DialogOptions { Width = "34rem", CloseDialogOnEsc = true });
        if (changed is UserDto)
        {
            await _grid.Reload();
        }
    }

    private async Task RemoveAsync(UserDto user, MembershipDto membership)
    {
        var confirmed = await DialogService.Confirm(
            Localizer["AdminUsers:RemoveConfirm", RoleText(membership), user.DisplayName],
            Localizer["AdminUsers:RemoveRole"],
            new ConfirmOptions { OkButtonText = Localizer["Common:Remove"], CancelButtonText = Localizer["Common:Cancel"] });
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await UserAdminAppService.RemoveMembershipAsync(user.Id, membership.Id);
            _error = null;
            _message = Localizer["AdminUsers:Removed", RoleText(membership), user.DisplayName];
            await _grid.Reload();
        }
        catch (Exception exception)
        {
            _message = null;
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
    }

    private async Task ResetTwoFactorAsync(UserDto user)
    {
        var confirmed = await DialogService.Confirm(
            Localizer["AdminUsers:ResetTwoFactorConfirm", user.DisplayName],
            Localizer["AdminUsers:ResetTwoFactor"],
            new ConfirmOptions { OkButtonText = Localizer["AdminUsers:ResetTwoFactor"], CancelButtonText = Localizer["Common:Cancel"] });
        if (confirmed != true)
        {
            return;
        }

        try
        {
            await UserAdminAppService.ResetTwoFactorAsync(user.Id);
            _error = null;
            _message = Localizer["AdminUsers:TwoFactorResetDone", user.DisplayName];
            await _grid.Reload();
        }
        catch (Exception exception)
        {
            _message = null;
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
    }
}

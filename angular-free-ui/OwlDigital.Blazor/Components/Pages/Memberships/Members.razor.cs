using OwlDigital.Blazor.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Localization;
using OwlDigital.Memberships;
using Radzen;

namespace OwlDigital.Blazor.Components.Pages.Memberships;

public partial class Members
{
    private static readonly MembershipRole[] TenantRoles = [MembershipRole.TenantAdmin, MembershipRole.TenantEditor, MembershipRole.TenantViewer];

    private IReadOnlyList<TenantMemberDto> _members = [];
    private IReadOnlyList<Choice<MembershipRole>> _roles = [];
    private InviteMemberDto _invite = new();
    private bool _canManage;
    private bool _saving;
    private string? _message;
    private UiError? _error;

    [Inject]
    private ITenantMemberAppService MemberAppService { get; set; } = null!;

    [CascadingParameter]
    private CurrentAccount Account { get; set; } = null!;

    [Inject]
    private DialogService DialogService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<Members> Logger { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _roles = TenantRoles.Select(r => new Choice<MembershipRole>(r, Localizer[$"Role:{r}"])).ToList();
        _canManage = await Account.HasAsync(OwlDigitalPermissions.Memberships.Manage);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _members = (await MemberAppService.GetListAsync()).Items;
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger);
        }
    }

    private async Task InviteAsync()
    {
        _saving = true;
        _error = null;
        _message = null;
        try
        {
            var member = await MemberAppService.InviteAsync(_invite);
            _message = Localizer["Members:Invited", member.Email, Localizer[$"Role:{member.Role}"]];
            _invite = new InviteMemberDto();
            await LoadAsync();
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task RemoveAsync(TenantMemberDto member)
    {
        var confirmed = await DialogService.Confirm(
            Localizer["AdminUsers:RemoveConfirm", Localizer[$"Role:{member.Role}"], member.DisplayName],
            Localizer["AdminUsers:RemoveRole"],
            new ConfirmOptions { OkButtonText = Localizer["Common:Remove"], CancelButtonText = Localizer["Common:Cancel"] });
        if (confirmed != true)
        {
            return;
        }

        _error = null;
        _message = null;
        try
        {
            await MemberAppService.RemoveAsync(member.MembershipId);
            _message = Localizer["AdminUsers:Removed", Localizer[$"Role:{member.Role}"], member.DisplayName];
            await LoadAsync();
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger);
        }
    }

    private async Task ResendAsync(TenantMemberDto member)
    {
        _error = null;
        _message = null;
        try
        {
            await MemberAppService.ResendInvitationAsync(member.MembershipId);
            _message = Localizer["Members:Resent", member.Email];
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger);
        }
    }
}

using OwlDigital.Blazor.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Localization;
using OwlDigital.Profiles;

namespace OwlDigital.Blazor.Components.Pages.Profiles;

/// <summary>The digital profile, one chapter at a time, with its dated history beside it.</summary>
public partial class Profile
{
    private Dictionary<string, AnswerInput> _inputs = AnswerInput.ForAll(new Dictionary<string, ProfileAnswer>());
    private DigitalProfileDto? _profile;
    private IReadOnlyList<ProfileVersionDto> _history = [];
    private ProfileChapter _chapter = ProfileChapter.ServicePortal;
    private bool _canEdit;
    private bool _saving;
    private string? _message;
    private UiError? _error;

    [Inject]
    private IDigitalProfileAppService ProfileAppService { get; set; } = null!;

    [CascadingParameter]
    private CurrentAccount Account { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<Profile> Logger { get; set; } = null!;

    private bool ReadOnly => _profile is { IsCurrent: false };

    protected override async Task OnInitializedAsync()
    {
        _canEdit = await Account.HasAsync(OwlDigitalPermissions.Profiles.Edit);
        await LoadCurrentAsync();
    }

    private async Task LoadCurrentAsync() => await ShowAsync(() => ProfileAppService.GetCurrentAsync());

    private async Task ShowVersionAsync(int version) => await ShowAsync(() => ProfileAppService.GetVersionAsync(version));

    private async Task ShowAsync(Func<Task<DigitalProfileDto>> load)
    {
        try
        {
            _profile = await load();
            _history = await ProfileAppService.GetHistoryAsync();
            _inputs = AnswerInput.ForAll(_profile.Answers);
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger);
        }
    }

    private async Task SaveAsync()
    {
        if (_profile is null || ReadOnly)
        {
            return;
        }

        _saving = true;
        _error = null;
        _message = null;
        try
        {
            var answers = ProfileQuestions.Of(_chapter).Where(q => !q.IsDerived).ToDictionary(q => q.Id, q => _inputs[q.Id].ToAnswer(q), StringComparer.Ordinal);
            var saved = await ProfileAppService.SaveChapterAsync(_chapter, new SaveProfileChapterDto(answers, _profile.Version));
            _message = Localizer["Profile:Saved", Localizer[$"ProfileChapter:{_chapter}"], saved.Version ?? 0];
            await LoadCurrentAsync();
            if (_chapter < Enum.GetValues<ProfileChapter>().Max())
            {
                _chapter++;
            }
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
}

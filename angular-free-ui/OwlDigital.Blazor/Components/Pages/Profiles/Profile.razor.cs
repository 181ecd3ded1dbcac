using System.Globalization;
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
    private readonly Dictionary<string, AnswerInput> _inputs = ProfileQuestions.All.ToDictionary(q => q.Id, _ => new AnswerInput(), StringComparer.Ordinal);
    private DigitalProfileDto? _profile;
    private IReadOnlyList<ProfileVersionDto> _history = [];
    private ProfileChapter _chapter = ProfileChapter.ServicePortal;
    private bool _canEdit;
    private bool _saving;
    private string? _message;
    private UiError? _error;

    [Inject]
    private IDigitalProfileAppService ProfileAppService { get; set; } = null!;

    [Inject]
    private IAccountAppService AccountAppService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<Profile> Logger { get; set; } = null!;

    private bool ReadOnly => _profile is { IsCurrent: false };

    protected override async Task OnInitializedAsync()
    {
        _canEdit = (await AccountAppService.GetCurrentAsync()).GrantedPermissions.Contains(OwlDigitalPermissions.Profiles.Edit);
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
            foreach (var question in ProfileQuestions.All)
            {
                _inputs[question.Id] = AnswerInput.From(question, _profile.Answers.GetValueOrDefault(question.Id));
            }
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

    private static void Toggle(AnswerInput input, string option, bool on)
    {
        if (on)
        {
            input.Values.Add(option);
        }
        else
        {
            input.Values.Remove(option);
        }
    }

    /// <summary>What a form field holds while it is edited; turned into an answer of the question's type on saving.</summary>
    private sealed class AnswerInput
    {
        public string? FlagText { get; set; }

        public decimal? Number { get; set; }

        public string? Text { get; set; }

        public string? ListText { get; set; }

        public HashSet<string> Values { get; } = new(StringComparer.Ordinal);

        public static AnswerInput From(ProfileQuestion question, ProfileAnswer? answer)
        {
            var input = new AnswerInput
            {
                FlagText = answer?.Flag is { } flag ? (flag ? "true" : "false") : null,
                Number = answer?.Number,
                Text = answer?.Text,
                ListText = question.Type == ProfileQuestionType.TextList && answer?.Values is { } lines ? string.Join('\n', lines) : null,
            };
            if (question.Type == ProfileQuestionType.MultiChoice)
            {
                input.Values.UnionWith(answer?.Values ?? []);
            }

            return input;
        }

        public ProfileAnswer? ToAnswer(ProfileQuestion question) => question.Type switch
        {
            ProfileQuestionType.YesNo => bool.TryParse(FlagText, out var flag) ? new ProfileAnswer(Flag: flag) : null,
            ProfileQuestionType.Number or ProfileQuestionType.Percent or ProfileQuestionType.Year => Number is { } n ? new ProfileAnswer(Number: n) : null,
            ProfileQuestionType.Choice or ProfileQuestionType.Text => string.IsNullOrWhiteSpace(Text) ? null : new ProfileAnswer(Text: Text),
            ProfileQuestionType.MultiChoice => Values.Count == 0 ? null : new ProfileAnswer(Values: Values.ToList()),
            _ => string.IsNullOrWhiteSpace(ListText) ? null : new ProfileAnswer(Values: ListText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        };
    }
}

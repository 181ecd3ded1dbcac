using OwlDigital.Blazor.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Localization;
using OwlDigital.Portfolios;

namespace OwlDigital.Blazor.Components.Pages.Portfolios;

public partial class Progress
{
    private IReadOnlyList<ReportingPeriodDto> _periods = [];
    private IReadOnlyList<Choice<Guid?>> _periodChoices = [];
    private IReadOnlyList<Choice<DateOnly?>> _openableDates = [];
    private ProgressSheetDto? _sheet;
    private Dictionary<Guid, string?> _inputs = [];
    private Guid? _periodId;
    private DateOnly? _newDate;
    private bool _canEdit;
    private bool _canManage;
    private bool _onlyMissing;
    private bool _saving;
    private string? _message;
    private UiError? _error;

    [Inject]
    private IReportingAppService ReportingAppService { get; set; } = null!;

    [CascadingParameter]
    private CurrentAccount Account { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private TimeProvider TimeProvider { get; set; } = null!;

    [Inject]
    private ILogger<Progress> Logger { get; set; } = null!;

    private IEnumerable<ProgressSheetRowDto> VisibleRows =>
        _onlyMissing ? _sheet!.Rows.Where(r => r.Value is null) : _sheet!.Rows;

    protected override async Task OnInitializedAsync()
    {
        var granted = await Account.GrantedAsync();
        _canEdit = granted.Contains(OwlDigitalPermissions.Portfolios.Edit);
        _canManage = granted.Contains(OwlDigitalPermissions.Portfolios.ManagePeriods);
        await LoadPeriodsAsync();
        _periodId = _periods.FirstOrDefault(p => !p.IsClosed)?.Id ?? _periods.FirstOrDefault()?.Id;
        await LoadSheetAsync();
    }

    private async Task LoadPeriodsAsync()
    {
        _periods = await ReportingAppService.GetPeriodsAsync();
        _periodChoices = _periods
            .Select(p => new Choice<Guid?>(p.Id, $"{p.ReportingDate:dd.MM.yyyy}{(p.IsClosed ? " – " + Localizer["Progress:Closed"] : string.Empty)}"))
            .ToList();

        // The reporting dates around today that have no round yet.
        var today = DateOnly.FromDateTime(TimeProvider.GetLocalNow().DateTime);
        var candidates = Enumerable.Range(today.Year - 1, 3)
            .SelectMany(year => new[] { new DateOnly(year, 3, 31), new DateOnly(year, 9, 30) })
            .Where(date => _periods.All(p => p.ReportingDate != date))
            .Order();
        _openableDates = candidates.Select(d => new Choice<DateOnly?>(d, d.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.CurrentCulture))).ToList();
    }

    private async Task LoadSheetAsync()
    {
        if (_periodId is not { } periodId)
        {
            _sheet = null;
            return;
        }

        await RunAsync(async () => Show(await ReportingAppService.GetProgressSheetAsync(periodId)));
    }

    private void Show(ProgressSheetDto sheet)
    {
        _sheet = sheet;
        _inputs = sheet.Rows.ToDictionary(r => r.MeasureId, r => r.Value);
    }

    private async Task SaveAsync()
    {
        if (_sheet is null)
        {
            return;
        }

        // Only what was changed is sent, each with the stamp the measure had when the sheet was read.
        var entries = _sheet.Rows
            .Where(r => !string.Equals(Normalize(_inputs[r.MeasureId]), r.Value, StringComparison.OrdinalIgnoreCase))
            .Select(r => new ProgressInputDto(r.MeasureId, _inputs[r.MeasureId], r.ConcurrencyStamp))
            .ToList();
        if (entries.Count == 0)
        {
            _message = Localizer["Progress:NothingChanged"];
            return;
        }

        _saving = true;
        await RunAsync(async () =>
        {
            Show(await ReportingAppService.SaveProgressAsync(_sheet.Period.Id, new SaveProgressDto(entries)));
            _message = Localizer["Progress:Saved", entries.Count];
        });
        _saving = false;
    }

    private async Task OpenPeriodAsync()
    {
        if (_newDate is not { } date)
        {
            return;
        }

        await RunAsync(async () =>
        {
            var period = await ReportingAppService.OpenPeriodAsync(new OpenReportingPeriodDto(date));
            _newDate = null;
            await LoadPeriodsAsync();
            _periodId = period.Id;
            Show(await ReportingAppService.GetProgressSheetAsync(period.Id));
            _message = Localizer["Progress:OpenedMessage", date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.CurrentCulture)];
        });
    }

    private Task ClosePeriodAsync() => ChangePeriodAsync(id => ReportingAppService.ClosePeriodAsync(id), "Progress:ClosedMessage");

    private Task ReopenPeriodAsync() => ChangePeriodAsync(id => ReportingAppService.ReopenPeriodAsync(id), "Progress:ReopenedMessage");

    private async Task ChangePeriodAsync(Func<Guid, Task<ReportingPeriodDto>> change, string messageKey)
    {
        if (_sheet is null)
        {
            return;
        }

        await RunAsync(async () =>
        {
            var period = await change(_sheet.Period.Id);
            await LoadPeriodsAsync();
            Show(await ReportingAppService.GetProgressSheetAsync(period.Id));
            _message = Localizer[messageKey, period.ReportingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.CurrentCulture)];
        });
    }

    private async Task RunAsync(Func<Task> action)
    {
        _message = null;
        _error = await UiError.TryAsync(action, Localizer, Logger);
    }

    private static string? Normalize(string? text) =>
        ProgressValue.TryParse(text, out var value) ? value?.ToString() : text;
}

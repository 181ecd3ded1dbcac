using OwlDigital.Blazor.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Localization;
using OwlDigital.Portfolios;
using Radzen;
using Radzen.Blazor;

namespace OwlDigital.Blazor.Components.Pages.Portfolios;

public partial class Measures
{
    private static readonly IReadOnlyDictionary<string, string> SortFieldsByColumn = new Dictionary<string, string>
    {
        [nameof(MeasureDto.Number)] = "number",
        [nameof(MeasureDto.Title)] = "title",
        [nameof(MeasureDto.YearReported)] = "year",
    };

    private RadzenDataGrid<MeasureDto> _grid = null!;
    private IReadOnlyList<MeasureDto>? _measures;
    private int _count;
    private bool _isLoading;
    private bool _canEdit;
    private string? _filter;
    private string? _message;
    private string? _error;

    [Inject]
    private IMeasureAppService MeasureAppService { get; set; } = null!;

    [Inject]
    private IMeasureImportAppService ImportAppService { get; set; } = null!;

    [CascadingParameter]
    private CurrentAccount Account { get; set; } = null!;

    [Inject]
    private DialogService DialogService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<Measures> Logger { get; set; } = null!;

    protected override async Task OnInitializedAsync() =>
        _canEdit = await Account.HasAsync(OwlDigitalPermissions.Portfolios.Edit);

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        _isLoading = true;
        try
        {
            var result = await MeasureAppService.GetListAsync(new GetMeasureListInput
            {
                Skip = args.Skip ?? 0,
                Take = args.Top ?? 50,
                Filter = _filter,
                Sorting = args.ToSorting(SortFieldsByColumn),
            });
            _measures = result.Items;
            _count = (int)result.TotalCount;
        }
        catch (Exception exception)
        {
            _measures = [];
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
        finally
        {
            _isLoading = false;
        }
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private async Task EditAsync(MeasureDto? measure)
    {
        var saved = await DialogService.OpenAsync<MeasureDialog>(
            measure is null ? Localizer["Measures:New"] : Localizer["Measures:EditTitle", measure.Number],
            new Dictionary<string, object?> { [nameof(MeasureDialog.Measure)] = measure },
            new DialogOptions { Width = "40rem", CloseDialogOnEsc = true });
        if (saved is MeasureDto result)
        {
            _message = Localizer["Measures:Saved", result.Number];
            await _grid.Reload();
        }
    }

    private async Task ImportAsync()
    {
        async Task<ImportOutcome> Outcome(Task<MeasureImportResultDto> call)
        {
            var result = await call;
            var summary = Localizer["Import:Summary", result.CreateCount, result.UpdateCount, result.UnchangedCount]
                + (result.NewReportingDates.Count > 0
                    ? " " + Localizer["Import:NewDates", string.Join(", ", result.NewReportingDates.Select(d => d.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.CurrentCulture)))]
                    : string.Empty);
            return new ImportOutcome(result.Committed, result.Problems, summary, result);
        }

        var parameters = new Dictionary<string, object?>
        {
            [nameof(FileImportDialog.Help)] = Localizer["Import:Help"].Value,
            [nameof(FileImportDialog.Preview)] = (Func<byte[], IProgress<ImportProgress>, Task<ImportOutcome>>)((content, _) => Outcome(ImportAppService.PreviewAsync(content))),
            [nameof(FileImportDialog.Import)] = (Func<byte[], bool, IProgress<ImportProgress>, Task<ImportOutcome>>)((content, _, _) => Outcome(ImportAppService.ImportAsync(content))),
        };
        var outcome = await DialogService.OpenAsync<FileImportDialog>(Localizer["Import:Title"], parameters, new DialogOptions { Width = "44rem", CloseDialogOnEsc = true });
        if (outcome is ImportOutcome { Result: MeasureImportResultDto imported })
        {
            _message = Localizer["Import:Done", imported.CreateCount, imported.UpdateCount, imported.UnchangedCount];
            await ReloadAsync();
        }
    }

    private async Task AddOrgUnitAsync()
    {
        var saved = await DialogService.OpenAsync<OrgUnitDialog>(Localizer["OrgUnits:New"], null, new DialogOptions { Width = "32rem", CloseDialogOnEsc = true });
        if (saved is OrgUnitDto orgUnit)
        {
            _message = Localizer["OrgUnits:Saved", orgUnit.Code, orgUnit.Name];
        }
    }
}

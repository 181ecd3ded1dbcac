using OwlDigital.Blazor.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OwlDigital.Account;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Catalog;
using OwlDigital.Localization;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using Radzen;
using Radzen.Blazor;

namespace OwlDigital.Blazor.Components.Pages.OnlineServices;

/// <summary>The tenant's online services: the list, the council figures per reporting date and the catalogue coverage.</summary>
public partial class Services
{
    private static readonly IReadOnlyDictionary<string, string> SortFieldsByColumn = new Dictionary<string, string>
    {
        [nameof(OnlineServiceDto.Number)] = "number",
        [nameof(OnlineServiceDto.Title)] = "title",
        [nameof(OnlineServiceDto.CurrentStatus)] = "status",
    };

    private static readonly (ServiceStatus Status, Func<ServicePeriodCountsDto, int> Pick)[] StatusRows =
    [
        (ServiceStatus.Planned, p => p.Planned),
        (ServiceStatus.BeingIntroduced, p => p.BeingIntroduced),
        (ServiceStatus.Implemented, p => p.Implemented),
    ];

    private RadzenDataGrid<OnlineServiceDto> _grid = null!;
    private IReadOnlyList<OnlineServiceDto>? _services;
    private IReadOnlyList<Choice<ServiceStatus?>> _statusChoices = [];
    private IReadOnlyList<Choice<ImplementationWay?>> _implementationChoices = [];
    private IReadOnlyList<Choice<Guid?>> _orgUnits = [];
    private ServiceReportDto? _report;
    private CoverageDto? _coverage;
    private IReadOnlyList<CoverageEntryDto>? _entries;
    private string? _entriesTopic;
    private int _count;
    private int _tab;
    private bool _isLoading;
    private bool _canEdit;
    private string? _filter;
    private string? _topic;
    private ServiceStatus? _status;
    private Guid? _orgUnitId;
    private ImplementationWay? _implementation;
    private string? _message;
    private string? _error;

    [Inject]
    private IOnlineServiceAppService ServiceAppService { get; set; } = null!;

    [Inject]
    private IOnlineServiceImportAppService ImportAppService { get; set; } = null!;

    [Inject]
    private IOrgUnitAppService OrgUnitAppService { get; set; } = null!;

    [CascadingParameter]
    private CurrentAccount Account { get; set; } = null!;

    [Inject]
    private DialogService DialogService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<Services> Logger { get; set; } = null!;

    private string CatalogNotInLeiKa => Localizer["Services:NotInLeiKa"];

    protected override async Task OnInitializedAsync()
    {
        _canEdit = await Account.HasAsync(OwlDigitalPermissions.OnlineServices.Edit);
        _statusChoices = Enum.GetValues<ServiceStatus>().Select(s => new Choice<ServiceStatus?>(s, Localizer[$"ServiceStatus:{s}"])).ToList();
        _implementationChoices = Enum.GetValues<ImplementationWay>().Select(w => new Choice<ImplementationWay?>(w, Localizer[$"ImplementationWay:{w}"])).ToList();
        _orgUnits = (await OrgUnitAppService.GetListAsync()).Items.Select(o => new Choice<Guid?>(o.Id, $"{o.Code} {o.Name}")).ToList();
        await LoadFiguresAsync();
    }

    private async Task LoadFiguresAsync()
    {
        try
        {
            _report = await ServiceAppService.GetReportAsync();
            _coverage = await ServiceAppService.GetCoverageAsync();
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
    }

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        _isLoading = true;
        try
        {
            var result = await ServiceAppService.GetListAsync(new GetOnlineServiceListInput
            {
                Skip = args.Skip ?? 0,
                Take = args.Top ?? 50,
                Filter = _filter,
                Status = _status,
                OrgUnitId = _orgUnitId,
                Implementation = _implementation,
                Topic = string.IsNullOrWhiteSpace(_topic) ? null : _topic,
                Sorting = args.ToSorting(SortFieldsByColumn),
            });
            _services = result.Items;
            _count = (int)result.TotalCount;
        }
        catch (Exception exception)
        {
            _services = [];
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
        finally
        {
            _isLoading = false;
        }
    }

    private Task ReloadAsync() => _grid.FirstPage(forceReload: true);

    private async Task EditAsync(OnlineServiceDto? service)
    {
        var saved = await DialogService.OpenAsync<ServiceDialog>(
            service is null ? Localizer["Services:New"] : Localizer["Services:EditTitle", service.Number],
            new Dictionary<string, object?> { [nameof(ServiceDialog.Service)] = service },
            new DialogOptions { Width = "48rem", CloseDialogOnEsc = true });
        if (saved is OnlineServiceDto result)
        {
            _message = Localizer["Services:Saved", result.Number];
            await _grid.Reload();
            await LoadFiguresAsync();
        }
    }

    private async Task ImportAsync()
    {
        async Task<ImportOutcome> Outcome(Task<OnlineServiceImportResultDto> call)
        {
            var result = await call;
            return new ImportOutcome(result.Committed, result.Problems, Localizer["Services:ImportSummary", result.CreateCount, result.UpdateCount, result.UnchangedCount], result);
        }

        var parameters = new Dictionary<string, object?>
        {
            [nameof(FileImportDialog.Help)] = Localizer["Services:ImportHelp"].Value,
            [nameof(FileImportDialog.Preview)] = (Func<byte[], IProgress<ImportProgress>, Task<ImportOutcome>>)((content, _) => Outcome(ImportAppService.PreviewAsync(content))),
            [nameof(FileImportDialog.Import)] = (Func<byte[], bool, IProgress<ImportProgress>, Task<ImportOutcome>>)((content, _, _) => Outcome(ImportAppService.ImportAsync(content))),
        };
        var outcome = await DialogService.OpenAsync<FileImportDialog>(Localizer["Import:Title"], parameters, new DialogOptions { Width = "44rem", CloseDialogOnEsc = true });
        if (outcome is ImportOutcome { Result: OnlineServiceImportResultDto imported })
        {
            _message = Localizer["Import:Done", imported.CreateCount, imported.UpdateCount, imported.UnchangedCount];
            await ReloadAsync();
            await LoadFiguresAsync();
        }
    }

    private async Task DrillDownAsync(string topic)
    {
        try
        {
            _entriesTopic = topic.Length == 0 ? Localizer["Services:NoTopic"] : topic;
            _entries = await ServiceAppService.GetCoverageEntriesAsync(topic);
        }
        catch (Exception exception)
        {
            _error = UiError.From(exception, Localizer, Logger).Message;
        }
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using OwlDigital.Localization;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Tenants;
using OwlDigital.Validation;
using Radzen;
using Radzen.Blazor;

namespace OwlDigital.Blazor.Components.Pages;

public partial class Home : IDisposable
{
    private const int PageSize = 20;

    /// <summary>Grid column → sort field of the app service; Radzen's own sort strings never reach it.</summary>
    private static readonly IReadOnlyDictionary<string, string> SortFieldsByColumn = new Dictionary<string, string>
    {
        [nameof(TenantDto.Name)] = "name",
        [nameof(TenantDto.Kind)] = "kind",
        [nameof(TenantDto.DistrictName)] = "district",
        [nameof(TenantDto.Ags)] = "ags",
        [nameof(TenantDto.Population)] = "population",
    };

    private readonly CancellationTokenSource _disposed = new();
    private RadzenDataGrid<TenantDto> _grid = null!;
    // Null until the first load: Radzen's grid calls LoadData on its first render only while Data is null.
    private IReadOnlyList<TenantDto>? _tenants;
    private IReadOnlyList<DistrictDto> _districts = [];
    private IReadOnlyList<KindOption> _kinds = [];
    private int _count;
    private bool _isLoading;
    private string? _loadError;
    private string? _filter;
    private string? _districtKey;
    private TenantKind? _kind;
    private CancellationTokenSource? _filterDebounce;

    [Inject]
    private ITenantAppService TenantAppService { get; set; } = null!;

    [Inject]
    private IStringLocalizer<OwlDigitalResource> Localizer { get; set; } = null!;

    [Inject]
    private ILogger<Home> Logger { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _districts = (await TenantAppService.GetDistrictsAsync(_disposed.Token)).Items;
        _kinds = Enum.GetValues<TenantKind>().Select(k => new KindOption(k, Localizer[$"TenantKind:{k}"])).ToList();
    }

    private async Task LoadDataAsync(LoadDataArgs args)
    {
        _isLoading = true;
        try
        {
            var input = new GetTenantListInput
            {
                Skip = args.Skip ?? 0,
                Take = args.Top ?? PageSize,
                Sorting = args.ToSorting(SortFieldsByColumn),
                Filter = _filter,
                DistrictKey = _districtKey,
                Kind = _kind,
            };
            var result = await TenantAppService.GetListAsync(input, _disposed.Token);
            _tenants = result.Items;
            _count = (int)result.TotalCount;
            _loadError = null;
        }
        catch (OwlDigitalValidationException exception)
        {
            _loadError = Localizer["Tenants:LoadFailed", string.Join(" ", exception.Errors.SelectMany(e => e.Value))];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Keep the page usable and say what happened; the details go to the log, not the screen.
            Logger.LogError(exception, "Loading the tenant list failed");
            _loadError = Localizer["Tenants:LoadFailed", Localizer["Error:Text"]];
        }
        finally
        {
            _isLoading = false;
        }
    }

    private async Task OnFilterInput(ChangeEventArgs args)
    {
        _filter = args.Value?.ToString();

        // Wait for a pause in typing, so each keystroke does not query the database.
        _filterDebounce?.Cancel();
        _filterDebounce = new CancellationTokenSource();
        var token = _filterDebounce.Token;
        try
        {
            await Task.Delay(300, token);
        }
        catch (TaskCanceledException)
        {
            return;
        }

        await OnCriteriaChangedAsync();
    }

    private async Task OnCriteriaChangedAsync()
    {
        await _grid.FirstPage(forceReload: true);
    }

    public void Dispose()
    {
        _filterDebounce?.Cancel();
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private sealed record KindOption(TenantKind Value, string Text);
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using OwlDigital.Blazor.Components.Shared;
using OwlDigital.Tenants;

namespace OwlDigital.Blazor.Components.Pages;

/// <summary>The tenants on a plain SVG map (<see cref="MapProjection"/>), coloured by district.</summary>
public partial class TenantMap
{
    private const double MapWidth = MapProjection.Width;

    private IReadOnlyList<MapPoint> _points = [];
    private IReadOnlyList<DistrictDto> _districts = [];
    private double _mapHeight = 600;
    private TenantDto? _selected;

    [Inject]
    private ITenantAppService TenantAppService { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _districts = (await TenantAppService.GetDistrictsAsync()).Items;
        var tenants = (await TenantAppService.GetAllAsync()).Items;
        Project(tenants);
    }

    private void Project(IReadOnlyList<TenantDto> tenants) => (_points, _mapHeight) = MapProjection.Project(tenants);

    private string DistrictColor(string districtKey)
    {
        var index = OwlDistricts.All.ToList().FindIndex(d => d.Key == districtKey);
        return index < 0 ? "#808080" : MapProjection.Palette[index % MapProjection.Palette.Length];
    }

    private void Select(TenantDto tenant) => _selected = tenant;

    private void OnKeyDown(KeyboardEventArgs args, TenantDto tenant)
    {
        if (args.Key is "Enter" or " ")
        {
            Select(tenant);
        }
    }
}

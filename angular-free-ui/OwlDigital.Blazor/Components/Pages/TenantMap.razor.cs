using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using OwlDigital.Tenants;

namespace OwlDigital.Blazor.Components.Pages;

/// <summary>
/// The tenants on a plain SVG map: an equirectangular projection is exact enough for a region of
/// 150 km, and needs neither tiles from the internet nor a map library.
/// </summary>
public partial class TenantMap
{
    private const double MapWidth = 720;
    private const double Padding = 24;

    /// <summary>Seven colours that stay distinct for the common colour-vision deficiencies (Okabe–Ito).</summary>
    private static readonly string[] DistrictColors = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7"];

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

    private void Project(IReadOnlyList<TenantDto> tenants)
    {
        if (tenants.Count == 0)
        {
            return;
        }

        var minLatitude = tenants.Min(t => t.Latitude);
        var maxLatitude = tenants.Max(t => t.Latitude);
        var minLongitude = tenants.Min(t => t.Longitude);
        var maxLongitude = tenants.Max(t => t.Longitude);

        // A degree of longitude is shorter than a degree of latitude by cos(latitude).
        var longitudeScale = Math.Cos((minLatitude + maxLatitude) / 2 * Math.PI / 180);
        var scale = (MapWidth - 2 * Padding) / Math.Max((maxLongitude - minLongitude) * longitudeScale, 1e-6);
        _mapHeight = (maxLatitude - minLatitude) * scale + 2 * Padding;

        var maxPopulation = Math.Max(1, tenants.Where(t => t.Kind != TenantKind.District).Select(t => t.Population).DefaultIfEmpty(1).Max());
        _points = tenants
            .Select(t => new MapPoint(
                t,
                Padding + (t.Longitude - minLongitude) * longitudeScale * scale,
                Padding + (maxLatitude - t.Latitude) * scale,
                Radius: 3 + 9 * Math.Sqrt((double)Math.Min(t.Population, maxPopulation) / maxPopulation)))

            // Districts are drawn last so their square at the seat stays above the seat town's dot.
            .OrderBy(p => p.Tenant.Kind == TenantKind.District)
            .ThenByDescending(p => p.Tenant.Population)
            .ToList();
    }

    private string DistrictColor(string districtKey)
    {
        var index = OwlDistricts.All.ToList().FindIndex(d => d.Key == districtKey);
        return index < 0 ? "#808080" : DistrictColors[index % DistrictColors.Length];
    }

    private void Select(TenantDto tenant) => _selected = tenant;

    private void OnKeyDown(KeyboardEventArgs args, TenantDto tenant)
    {
        if (args.Key is "Enter" or " ")
        {
            Select(tenant);
        }
    }

    private sealed record MapPoint(TenantDto Tenant, double X, double Y, double Radius);
}

using OwlDigital.Tenants;

namespace OwlDigital.Blazor.Components.Shared;

/// <summary>A tenant placed on the SVG map: its position and a radius that grows with its population.</summary>
public sealed record MapPoint(TenantDto Tenant, double X, double Y, double Radius);

/// <summary>
/// Places tenants on a plain SVG map: an equirectangular projection is exact enough for a region of
/// 150 km, and needs neither tiles from the internet nor a map library.
/// </summary>
public static class MapProjection
{
    public const double Width = 720;
    private const double Padding = 24;

    /// <summary>Seven colours that stay distinct for the common colour-vision deficiencies (Okabe–Ito).</summary>
    public static readonly string[] Palette = ["#000000", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#0072B2", "#CC79A7"];

    public static (IReadOnlyList<MapPoint> Points, double Height) Project(IReadOnlyList<TenantDto> tenants)
    {
        if (tenants.Count == 0)
        {
            return ([], 600);
        }

        var minLatitude = tenants.Min(t => t.Latitude);
        var maxLatitude = tenants.Max(t => t.Latitude);
        var minLongitude = tenants.Min(t => t.Longitude);
        var maxLongitude = tenants.Max(t => t.Longitude);

        // A degree of longitude is shorter than a degree of latitude by cos(latitude).
        var longitudeScale = Math.Cos((minLatitude + maxLatitude) / 2 * Math.PI / 180);
        var scale = (Width - 2 * Padding) / Math.Max((maxLongitude - minLongitude) * longitudeScale, 1e-6);
        var height = (maxLatitude - minLatitude) * scale + 2 * Padding;

        var maxPopulation = Math.Max(1, tenants.Where(t => t.Kind != TenantKind.District).Select(t => t.Population).DefaultIfEmpty(1).Max());
        var points = tenants
            .Select(t => new MapPoint(
                t,
                Padding + (t.Longitude - minLongitude) * longitudeScale * scale,
                Padding + (maxLatitude - t.Latitude) * scale,
                Radius: 3 + 9 * Math.Sqrt((double)Math.Min(t.Population, maxPopulation) / maxPopulation)))

            // Districts are drawn last so their square at the seat stays above the seat town's dot.
            .OrderBy(p => p.Tenant.Kind == TenantKind.District)
            .ThenByDescending(p => p.Tenant.Population)
            .ToList();
        return (points, height);
    }
}

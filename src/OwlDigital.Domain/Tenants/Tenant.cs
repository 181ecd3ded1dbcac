using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;

namespace OwlDigital.Tenants;

/// <summary>
/// A municipality or district of OWL that keeps its own data in OwlDigital. Its official keys
/// identify it across the federal catalogues and statistics, so they are validated strictly and
/// are unique (uniqueness is checked by <see cref="TenantManager"/>, which needs the repository).
/// </summary>
public class Tenant : AuditedAggregateRoot<Guid>
{
    private Tenant()
    {
        Name = null!;
        Ags = null!;
        Ars = null!;
        DistrictKey = null!;
        Features = [];
    }

    internal Tenant(Guid id, string name, TenantKind kind, string ags, string ars, int population, double latitude, double longitude)
        : base(id)
    {
        var districtKey = ValidateKeys(kind, ags, ars);
        Kind = kind;
        Ags = ags;
        Ars = ars;
        DistrictKey = districtKey;
        Name = null!;
        SetName(name);
        SetPopulation(population);
        SetLocation(latitude, longitude);
        Features = TenantFeatures.Defaults.ToArray();
    }

    public string Name { get; private set; }

    public TenantKind Kind { get; private set; }

    /// <summary>Amtlicher Gemeindeschlüssel: 8 digits for a municipality, the 5-digit district key for a district.</summary>
    public string Ags { get; private set; }

    /// <summary>Amtlicher Regionalschlüssel, 12 digits.</summary>
    public string Ars { get; private set; }

    /// <summary>Key of the OWL district the tenant belongs to (a district's own key; Bielefeld's for Bielefeld).</summary>
    public string DistrictKey { get; private set; }

    public int Population { get; private set; }

    /// <summary>WGS84 latitude of the town hall or, for a district, of its seat.</summary>
    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>A deactivated tenant keeps its data, but nobody can work in it until it is activated again.</summary>
    public bool IsActive { get; private set; } = true;

    /// <summary>The switched-on <see cref="TenantFeatures"/>.</summary>
    public string[] Features { get; private set; }

    public bool IsFeatureEnabled(string feature) => Features.Contains(feature, StringComparer.Ordinal);

    public void SetFeature(string feature, bool enabled)
    {
        if (!TenantFeatures.IsKnown(feature))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.UnknownFeature)
                .WithDetail("Feature", feature)
                .WithDetail("Allowed", string.Join(", ", TenantFeatures.All))
                .ForField(nameof(Features));
        }

        // A new array, so the change tracker sees a new value rather than an edited one.
        Features = enabled
            ? Features.Append(feature).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()
            : Features.Where(f => f != feature).ToArray();
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    public void SetName(string name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > TenantConsts.MaxNameLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.InvalidName)
                .WithDetail("MaxLength", TenantConsts.MaxNameLength)
                .ForField(nameof(Name));
        }

        Name = trimmed;
    }

    public void SetPopulation(int population)
    {
        if (population is < 0 or > TenantConsts.MaxPopulation)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.InvalidPopulation)
                .WithDetail("Population", population)
                .WithDetail("Max", TenantConsts.MaxPopulation)
                .ForField(nameof(Population));
        }

        Population = population;
    }

    public void SetLocation(double latitude, double longitude)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.InvalidCoordinates)
                .WithDetail("Latitude", latitude)
                .WithDetail("Longitude", longitude)
                .ForField(nameof(Latitude));
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>
    /// Checks the official keys against each other and against the region and returns the district
    /// key they imply. The ARS repeats the AGS: its first five digits are the district, and for a
    /// municipality its last three digits are the AGS's last three.
    /// </summary>
    public static string ValidateKeys(TenantKind kind, string ags, string ars)
    {
        var expectedAgsLength = kind == TenantKind.District ? TenantConsts.DistrictKeyLength : TenantConsts.MunicipalityAgsLength;
        if (!IsDigits(ags, expectedAgsLength))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.MalformedAgs)
                .WithDetail("Ags", ags)
                .ForField(nameof(Ags));
        }

        if (!IsDigits(ars, TenantConsts.ArsLength))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.MalformedArs)
                .WithDetail("Ars", ars)
                .ForField(nameof(Ars));
        }

        var districtKey = ags[..TenantConsts.DistrictKeyLength];
        var district = OwlDistricts.Find(districtKey);
        if (district is null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.DistrictOutsideRegion)
                .WithDetail("DistrictKey", districtKey)
                .WithDetail("Allowed", string.Join(", ", OwlDistricts.All.Select(d => d.Key)))
                .ForField(nameof(Ags));
        }

        // A district-free city is its own district; every other tenant sits in one of the six districts.
        var kindFitsDistrict = kind switch
        {
            TenantKind.DistrictFreeCity => district.IsDistrictFreeCity,
            TenantKind.Municipality or TenantKind.District => !district.IsDistrictFreeCity,
            _ => false,
        };
        if (!kindFitsDistrict)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.AgsNotInDistrict)
                .WithDetail("Ags", ags)
                .WithDetail("DistrictKey", districtKey)
                .ForField(nameof(Kind));
        }

        var arsMatches = ars.StartsWith(districtKey, StringComparison.Ordinal)
            && (kind == TenantKind.District
                ? ars[TenantConsts.DistrictKeyLength..].All(c => c == '0')
                : ars[^3..] == ags[^3..]);
        if (!arsMatches)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Tenants.ArsDoesNotMatchAgs)
                .WithDetail("Ars", ars)
                .WithDetail("Ags", ags)
                .ForField(nameof(Ars));
        }

        return districtKey;
    }

    private static bool IsDigits(string? value, int length) =>
        value is not null && value.Length == length && value.All(char.IsAsciiDigit);
}

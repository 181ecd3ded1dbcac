namespace OwlDigital.Tenants;

/// <summary>
/// The seven district-level keys of OWL. The region is fixed by law (Regierungsbezirk Detmold),
/// so the list is a constant, not data: a key outside it is an error, not a new district.
/// </summary>
public static class OwlDistricts
{
    public static readonly IReadOnlyList<OwlDistrict> All =
    [
        new("05711", "Bielefeld", "Bielefeld", IsDistrictFreeCity: true),
        new("05754", "Kreis Gütersloh", "Gütersloh", IsDistrictFreeCity: false),
        new("05758", "Kreis Herford", "Herford", IsDistrictFreeCity: false),
        new("05762", "Kreis Höxter", "Höxter", IsDistrictFreeCity: false),
        new("05766", "Kreis Lippe", "Detmold", IsDistrictFreeCity: false),
        new("05770", "Kreis Minden-Lübbecke", "Minden", IsDistrictFreeCity: false),
        new("05774", "Kreis Paderborn", "Paderborn", IsDistrictFreeCity: false),
    ];

    public static OwlDistrict? Find(string? key) => All.FirstOrDefault(d => d.Key == key);

    public static bool Contains(string? key) => Find(key) is not null;
}

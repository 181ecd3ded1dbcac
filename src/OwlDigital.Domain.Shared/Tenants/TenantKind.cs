namespace OwlDigital.Tenants;

/// <summary>What kind of local authority a tenant is; decides which official key it carries.</summary>
public enum TenantKind
{
    /// <summary>A municipality that belongs to a district (kreisangehörige Gemeinde or Stadt).</summary>
    Municipality = 1,

    /// <summary>A district (Kreis) itself as an authority.</summary>
    District = 2,

    /// <summary>A city that belongs to no district (kreisfreie Stadt, in OWL: Bielefeld).</summary>
    DistrictFreeCity = 3,
}

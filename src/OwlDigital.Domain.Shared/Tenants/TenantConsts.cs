namespace OwlDigital.Tenants;

public static class TenantConsts
{
    public const int MaxNameLength = 128;

    /// <summary>Amtlicher Gemeindeschlüssel of a municipality or district-free city.</summary>
    public const int MunicipalityAgsLength = 8;

    /// <summary>Official key (Kreisschlüssel) of a district.</summary>
    public const int DistrictKeyLength = 5;

    /// <summary>Amtlicher Regionalschlüssel, the same length for municipalities and districts.</summary>
    public const int ArsLength = 12;

    public const int MaxPopulation = 20_000_000;
}

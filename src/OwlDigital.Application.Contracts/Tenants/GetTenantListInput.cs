using OwlDigital.Dtos;

namespace OwlDigital.Tenants;

public sealed class GetTenantListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the name, or the start of the AGS or ARS.</summary>
    public string? Filter { get; set; }

    public string? DistrictKey { get; set; }

    public TenantKind? Kind { get; set; }
}

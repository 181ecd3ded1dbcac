using System.ComponentModel.DataAnnotations;

namespace OwlDigital.Tenants;

/// <summary>What host staff may change of a tenant; the official keys and the kind come from the register and stay.</summary>
public sealed class UpdateTenantDto
{
    [Required]
    [StringLength(TenantConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    [Range(0, TenantConsts.MaxPopulation)]
    public int Population { get; set; }

    [Range(-90, 90)]
    public double Latitude { get; set; }

    [Range(-180, 180)]
    public double Longitude { get; set; }

    /// <summary>False deactivates the tenant: its data stays, nobody can work in it.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Optional: the complete set of switched-on features, saved with the rest (needs the feature permission too).</summary>
    public List<string>? Features { get; set; }

    /// <summary>The stamp of the tenant as it was read; a newer one means someone else changed it meanwhile.</summary>
    [Required]
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

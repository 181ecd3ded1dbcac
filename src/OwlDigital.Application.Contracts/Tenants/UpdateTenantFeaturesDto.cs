using System.ComponentModel.DataAnnotations;

namespace OwlDigital.Tenants;

/// <summary>The complete set of switched-on features (names from <see cref="TenantFeatures"/>).</summary>
public sealed class UpdateTenantFeaturesDto
{
    public List<string> Features { get; set; } = [];

    [Required]
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

using System.ComponentModel.DataAnnotations;

namespace OwlDigital.Portfolios;

public sealed class UpdateOrgUnitDto
{
    [Required]
    [StringLength(OrgUnitConsts.MaxCodeLength)]
    public string Code { get; set; } = string.Empty;

    [Required]
    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The stamp the client read; a different current stamp means someone else saved in between.</summary>
    [Required]
    public string ConcurrencyStamp { get; set; } = string.Empty;
}

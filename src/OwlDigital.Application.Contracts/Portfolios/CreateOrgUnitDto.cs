using System.ComponentModel.DataAnnotations;

namespace OwlDigital.Portfolios;

public sealed class CreateOrgUnitDto
{
    [Required]
    [StringLength(OrgUnitConsts.MaxCodeLength)]
    public string Code { get; set; } = string.Empty;

    [Required]
    [StringLength(OrgUnitConsts.MaxNameLength)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The business area of an office; empty for a business area.</summary>
    public Guid? BusinessAreaId { get; set; }
}

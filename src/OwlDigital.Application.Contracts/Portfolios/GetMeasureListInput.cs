using OwlDigital.Dtos;

namespace OwlDigital.Portfolios;

/// <summary>Sorting: number (default), title or year, optionally followed by " desc".</summary>
public sealed class GetMeasureListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the number or title.</summary>
    public string? Filter { get; set; }

    public Guid? OrgUnitId { get; set; }
}

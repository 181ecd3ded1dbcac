namespace OwlDigital.Dtos;

/// <summary>Paging and sorting of a list. <see cref="Sorting"/> is "field" or "field desc", checked against each list's fields.</summary>
public class PagedAndSortedResultRequestDto
{
    public const int DefaultTake = 20;

    public const int MaxTake = 100;

    public int Skip { get; set; }

    public int Take { get; set; } = DefaultTake;

    public string? Sorting { get; set; }
}

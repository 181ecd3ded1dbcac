namespace OwlDigital.Portfolios;

public enum MeasureSortField
{
    Number,
    Title,
    Year,
}

public sealed record MeasureListQuery(int Skip, int Take, MeasureSortField SortField, bool SortDescending, string? Filter, Guid? OrgUnitId);

/// <summary>One page of measures (with their progress), the total over all pages, and the codes of the page's org units by id.</summary>
public sealed record MeasurePage(List<Measure> Items, long TotalCount, IReadOnlyDictionary<Guid, string> OrgUnitCodes);

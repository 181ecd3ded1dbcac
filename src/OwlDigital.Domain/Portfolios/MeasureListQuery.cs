namespace OwlDigital.Portfolios;

public enum MeasureSortField
{
    Number,
    Title,
    Year,
}

public sealed record MeasureListQuery(int Skip, int Take, MeasureSortField SortField, bool SortDescending, string? Filter, Guid? OrgUnitId);

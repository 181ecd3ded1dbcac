using Radzen;

namespace OwlDigital.Blazor.Components.Shared;

/// <summary>Turns the sort a data grid asks for into the API's "field [desc]", for the columns the API can sort by.</summary>
public static class GridSorting
{
    public static string? ToSorting(this LoadDataArgs args, IReadOnlyDictionary<string, string> fieldsByColumn)
    {
        var sort = args.Sorts?.FirstOrDefault(s => s.SortOrder is not null && s.Property is not null && fieldsByColumn.ContainsKey(s.Property));
        return sort is null ? null : fieldsByColumn[sort.Property!] + (sort.SortOrder == SortOrder.Descending ? " desc" : string.Empty);
    }
}

namespace OwlDigital.Import;

/// <summary>Bounds every import shares.</summary>
public static class ImportLimits
{
    /// <summary>The largest file any import accepts; the full LeiKa mapping (5,249 rows) is about 1.5 MB.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;
}

/// <summary>What an import does with one row.</summary>
public enum ImportAction
{
    Create = 1,
    Update = 2,
    Unchanged = 3,
}

/// <summary>A problem of an import, named by the row (as the spreadsheet numbers it) and the column header.</summary>
public sealed record ImportProblemDto(int Row, string Column, string Message);

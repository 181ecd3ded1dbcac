namespace OwlDigital.Import;

/// <summary>What an import does with one row.</summary>
public enum ImportAction
{
    Create = 1,
    Update = 2,
    Unchanged = 3,
}

/// <summary>A problem of an import, named by the row (as the spreadsheet numbers it) and the column header.</summary>
public sealed record ImportProblemDto(int Row, string Column, string Message);

using System.Globalization;
using Microsoft.Extensions.Localization;

namespace OwlDigital.Import;

/// <summary>One row that holds at least one value, with its number as the spreadsheet shows it.</summary>
/// <remarks>
/// Rows are kept with their numbers instead of as positions in a list, so a workbook that claims a
/// row number of 100,000,000 costs one row, not a list padded up to it.
/// </remarks>
public sealed record TableRow(int Number, string[] Cells);

/// <summary>One sheet of a workbook (a CSV file is one sheet): its non-empty rows in order.</summary>
public sealed record TableSheet(string Name, IReadOnlyList<TableRow> Rows);

/// <summary>Why a file could not be read as a table.</summary>
public enum TableFileProblem
{
    Empty = 1,
    TooLarge,
    NotReadable,
    UnterminatedQuote,
    TooManyRows,
    RowOutOfRange,
    ColumnOutOfRange,
    TooManyColumns,
    DocumentTypeDefinition,
    NoSheet,
    Encrypted,
    LegacyExcel,
    UnpackedTooLarge,
    Damaged,
    NotText,
    TooManySheets,
    CellTooLong,
}

/// <summary>What the reader stops at. Every limit is checked while reading, before anything it guards is allocated.</summary>
/// <param name="MaxRows">Non-empty rows per sheet; reading stops at the first one beyond.</param>
public sealed record TableReadLimits(int MaxRows, int MaxColumns = 256, int MaxSheets = 32)
{
    /// <summary>The data rows an import allows, as its refusal names them (<see cref="MaxRows"/> adds room for headers).</summary>
    public int DataRows { get; init; } = MaxRows;

    public const int MaxBytes = ImportLimits.MaxFileBytes;

    /// <summary>Excel's own bounds: row 1,048,576 and column XFD.</summary>
    public const int ExcelMaxRow = 1_048_576;

    public const int ExcelMaxColumn = 16_384;

    /// <summary>Characters the XML of one workbook part may hold once unpacked.</summary>
    public const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>Bytes all parts of a workbook may hold once unpacked, and one part alone.</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>Unpacked ÷ packed size above which a part is treated as a ZIP bomb (real sheets stay below 30).</summary>
    public const int MaxCompressionRatio = 100;

    /// <summary>Excel's own limit of characters in one cell.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>Entries of a workbook's ZIP container (a real one has a few dozen).</summary>
    public const int MaxPackageEntries = 1_000;

    /// <summary>Element nesting in a workbook part (a sheet's rich text is about eight deep).</summary>
    public const int MaxXmlDepth = 64;

    /// <summary>Distinct texts a workbook may share between its cells (a 5,000-row plan has far fewer than 100,000).</summary>
    public const int MaxSharedStrings = 1_048_576;

    /// <summary>Header rows and notes above a table that come on top of the data rows an import allows.</summary>
    public const int HeaderAllowance = 50;

    /// <summary>Limits for an import of at most <paramref name="maxDataRows"/> data rows.</summary>
    public static TableReadLimits ForImport(int maxDataRows) => new(maxDataRows + HeaderAllowance) { DataRows = maxDataRows };
}

/// <summary>The sheets of a file, or why it could not be read (then no sheet is returned at all).</summary>
/// <param name="Row">The row (or CSV line) the problem is in, 0 when it is the file as a whole.</param>
/// <param name="Detail">What the problem names: a cell reference, a row number, a limit.</param>
public sealed record TableFile(IReadOnlyList<TableSheet> Sheets, TableFileProblem? Problem = null, int Row = 0, string? Detail = null)
{
    public bool IsReadable => Problem is null;

    /// <summary>True when no sheet holds a single value.</summary>
    public bool IsBlank => Sheets.All(sheet => sheet.Rows.Count == 0);

    public static TableFile Failed(TableFileProblem problem, int row = 0, string? detail = null) => new([], problem, row, detail);

    /// <summary>The problem in the user's words, as an import reports it.</summary>
    public ImportProblemDto Describe(IStringLocalizer localizer)
    {
        var message = (Problem ?? TableFileProblem.Empty) switch
        {
            TableFileProblem.TooLarge => localizer["Import:TooLarge", TableReadLimits.MaxBytes / 1024 / 1024],
            TableFileProblem.NotReadable => localizer["Import:NotReadable"],
            TableFileProblem.UnterminatedQuote => localizer["Import:UnterminatedQuote", Row],
            TableFileProblem.TooManyRows => localizer["Import:RowLimit", Detail ?? string.Empty],
            TableFileProblem.TooManySheets => localizer["Import:SheetLimit", Detail ?? string.Empty],
            TableFileProblem.RowOutOfRange => localizer["Import:RowOutOfRange", Detail ?? string.Empty, TableReadLimits.ExcelMaxRow.ToString("N0", CultureInfo.CurrentCulture)],
            TableFileProblem.ColumnOutOfRange => localizer["Import:ColumnOutOfRange", Detail ?? string.Empty],
            TableFileProblem.TooManyColumns => localizer["Import:ColumnLimit", Detail ?? string.Empty],
            TableFileProblem.DocumentTypeDefinition => localizer["Import:DocumentType"],
            TableFileProblem.NoSheet => localizer["Import:NoSheet"],
            TableFileProblem.Encrypted => localizer["Import:Encrypted"],
            TableFileProblem.LegacyExcel => localizer["Import:LegacyExcel"],
            TableFileProblem.UnpackedTooLarge => localizer["Import:UnpackedTooLarge"],
            TableFileProblem.Damaged => localizer["Import:Damaged"],
            TableFileProblem.NotText => localizer["Import:NotText", Row],
            TableFileProblem.CellTooLong => localizer["Import:CellTooLong", Detail ?? string.Empty, TableReadLimits.MaxCellCharacters.ToString("N0", CultureInfo.CurrentCulture)],
            _ => localizer["Import:Empty"],
        };
        return new ImportProblemDto(Row, string.Empty, message);
    }
}

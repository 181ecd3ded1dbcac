using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;

namespace OwlDigital.Import;

/// <summary>
/// Reads every sheet of an Excel workbook (.xlsx) or a CSV file (semicolon or comma, UTF-8 or
/// Windows-1252 as Excel writes it) into rows of cell texts. Which one it is, is decided by the
/// content, not the file name: an .xlsx is a ZIP file.
/// </summary>
public static class TableFileReader
{
    /// <summary>A quoted CSV field that never ends: the rest of the file would silently become one cell.</summary>
    public const string UnterminatedQuote = "UnterminatedQuote";

    /// <returns>
    /// The rows of each sheet (a CSV file is one sheet), or null with the reason when the bytes are
    /// neither a workbook nor readable text (for <see cref="UnterminatedQuote"/>, the line where the quote opened).
    /// </returns>
    public static (List<List<string[]>>? Sheets, string? Problem) Read(byte[] content) => Read(content, out _);

    public static (List<List<string[]>>? Sheets, string? Problem) Read(byte[] content, out int problemLine)
    {
        problemLine = 0;
        if (content.Length == 0)
        {
            return (null, "Empty");
        }

        if (content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
        {
            try
            {
                return (ReadWorkbook(content), null);
            }
            catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException)
            {
                return (null, "NotReadable");
            }
        }

        // Text files have no NUL bytes; binary formats (old .xls, PDF, images) do.
        if (content.AsSpan(0, Math.Min(content.Length, 4096)).Contains((byte)0))
        {
            return (null, "NotReadable");
        }

        var rows = ReadCsv(DecodeText(content), out var openQuoteLine);
        if (openQuoteLine > 0)
        {
            problemLine = openQuoteLine;
            return (null, UnterminatedQuote);
        }

        return ([rows], null);
    }

    /// <summary>The user's words for a file that could not be read at all (or held nothing).</summary>
    public static string Describe(string? problem, int line, IStringLocalizer localizer) => problem switch
    {
        "NotReadable" => localizer["Import:NotReadable"],
        UnterminatedQuote => localizer["Import:UnterminatedQuote", line],
        _ => localizer["Import:Empty"],
    };

    private static List<List<string[]>> ReadWorkbook(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("No workbook.");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        return workbookPart.Workbook.Descendants<Sheet>()
            .Select(sheet => ReadSheet(((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet, sharedStrings))
            .ToList();
    }

    private static List<string[]> ReadSheet(Worksheet worksheet, string[] sharedStrings)
    {
        var rows = new List<string[]>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            var cells = new SortedDictionary<int, string>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                position = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position;
                cells[position] = CellText(cell, sharedStrings);
                position++;
            }

            // Rows in between that Excel leaves out still count, so row numbers match what the user sees.
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)) - 1;
            while (rows.Count < index)
            {
                rows.Add([]);
            }

            rows.Add(cells.Count == 0 ? [] : Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, string.Empty)).ToArray());
        }

        return rows;
    }

    private static string CellText(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var index) && index >= 0 && index < sharedStrings.Length)
        {
            return sharedStrings[index];
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : raw;
    }

    // "AB12" → 27.
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string DecodeText(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Excel's "CSV (Trennzeichen-getrennt)" on German Windows.
            return Encoding.Latin1.GetString(content);
        }
    }

    private static List<string[]> ReadCsv(string text, out int openQuoteLine)
    {
        openQuoteLine = 0;
        var line = 1;
        var quoteLine = 0;
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ';' : ',';
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                line++;
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            openQuoteLine = quoteLine;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            rows.Add([.. fields]);
        }

        return rows;
    }
}

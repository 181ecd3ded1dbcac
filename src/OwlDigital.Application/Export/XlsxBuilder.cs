using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OwlDigital.Export;

/// <summary>
/// A plain Excel workbook: sheets of rows whose cells are text or numbers (numbers stay numbers, so
/// a spreadsheet can add them up). Text is written inline, which needs no shared-string table.
/// </summary>
public sealed class XlsxBuilder
{
    private readonly List<(string Name, List<object?[]> Rows)> _sheets = [];

    /// <summary>Starts a sheet; Excel allows 31 characters and no []:*?/\ in its name.</summary>
    public XlsxBuilder Sheet(string name)
    {
        var safe = new string(name.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        _sheets.Add((safe.Length > 31 ? safe[..31] : safe, []));
        return this;
    }

    public XlsxBuilder Row(params object?[] cells)
    {
        if (_sheets.Count == 0)
        {
            throw new InvalidOperationException("Start a sheet first.");
        }

        _sheets[^1].Rows.Add(cells);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in _sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowIndex = 1;
                foreach (var cells in rows)
                {
                    var row = new Row { RowIndex = rowIndex };
                    for (var column = 0; column < cells.Length; column++)
                    {
                        row.Append(ToCell(cells[column], ColumnName(column) + rowIndex));
                    }

                    data.Append(row);
                    rowIndex++;
                }

                worksheetPart.Worksheet = new Worksheet(data);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = name });
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Cell ToCell(object? value, string reference) => value switch
    {
        null => new Cell { CellReference = reference },
        int or long or decimal or double => new Cell
        {
            CellReference = reference,
            DataType = CellValues.Number,
            CellValue = new CellValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        },
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(value.ToString() ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    // 0 → A, 25 → Z, 26 → AA.
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OwlDigital.Import;

/// <summary>
/// The one reader behind every import: an Excel workbook (.xlsx) or a CSV file (semicolon, comma or
/// tab; UTF-8, UTF-16 with byte-order mark, or Windows-1252 as German Excel writes it) into sheets
/// of non-empty rows. Which one it is, is decided by the content, not the file name.
/// </summary>
/// <remarks>
/// Files come from the internet, so the reader is bounded: it streams each worksheet and stops at
/// the row limit while reading, refuses row numbers and columns beyond Excel's own range before
/// allocating anything for them, checks every ZIP entry's unpacked size and compression ratio
/// before opening it, caps the characters of every XML part, and turns every malformed-workbook
/// condition into a named <see cref="TableFileProblem"/>. It never throws for a file's content.
/// </remarks>
public static class TableFileReader
{
    /// <summary>For reading files the application wrote itself (tests, round trips).</summary>
    public static readonly TableReadLimits Generous = new(100_000);

    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[] LittleEndianMark = [0xFF, 0xFE];

    private static readonly byte[] BigEndianMark = [0xFE, 0xFF];

    public static TableFile Read(byte[] content) => Read(content, Generous);

    public static TableFile Read(byte[]? content, TableReadLimits limits)
    {
        if (content is null || content.Length == 0)
        {
            return TableFile.Failed(TableFileProblem.Empty);
        }

        if (content.Length > TableReadLimits.MaxBytes)
        {
            return TableFile.Failed(TableFileProblem.TooLarge);
        }

        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return ReadWorkbook(content, limits);
        }

        // Both an old .xls and a password-protected .xlsx are OLE compound files.
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            return TableFile.Failed(content.AsSpan().IndexOf(Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0
                ? TableFileProblem.Encrypted
                : TableFileProblem.LegacyExcel);
        }

        return ReadText(content, limits);
    }

    private static TableFile ReadWorkbook(byte[] content, TableReadLimits limits)
    {
        if (InspectPackage(content) is { } packageProblem)
        {
            return packageProblem;
        }

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(
                new MemoryStream(content, writable: false),
                false,
                new OpenSettings { MaxCharactersInPart = TableReadLimits.MaxCharactersInPart });
        }
        catch (OpenXmlPackageException)
        {
            // A ZIP file, but no spreadsheet (a Word document, an archive of something else).
            return TableFile.Failed(TableFileProblem.NotReadable);
        }
        catch (Exception exception) when (IsContentProblem(exception))
        {
            return TableFile.Failed(ProblemOf(exception));
        }

        using (document)
        {
            try
            {
                return ReadSheets(document, limits);
            }
            catch (Exception exception) when (IsContentProblem(exception))
            {
                return TableFile.Failed(ProblemOf(exception));
            }
        }
    }

    private static TableFile ReadSheets(SpreadsheetDocument document, TableReadLimits limits)
    {
        var workbookPart = document.WorkbookPart;
        var sheetEntries = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (workbookPart is null || sheetEntries.Count == 0)
        {
            return TableFile.Failed(TableFileProblem.NoSheet);
        }

        if (sheetEntries.Count > limits.MaxSheets)
        {
            return TableFile.Failed(TableFileProblem.TooManySheets, 0, limits.MaxSheets.ToString(CultureInfo.CurrentCulture));
        }

        var sharedStrings = ReadSharedStrings(workbookPart.SharedStringTablePart);
        var sheets = new List<TableSheet>();
        foreach (var entry in sheetEntries)
        {
            // Chart sheets and dialog sheets hold no cells.
            if (entry.Id?.Value is not { } id || !workbookPart.TryGetPartById(id, out var part) || part is not WorksheetPart worksheetPart)
            {
                continue;
            }

            var (rows, problem) = ReadSheet(worksheetPart, sharedStrings, limits);
            if (problem is not null)
            {
                return problem;
            }

            sheets.Add(new TableSheet(entry.Name?.Value ?? string.Empty, rows));
        }

        return sheets.Count == 0 ? TableFile.Failed(TableFileProblem.NoSheet) : new TableFile(sheets);
    }

    private static (List<TableRow> Rows, TableFile? Problem) ReadSheet(WorksheetPart part, string[] sharedStrings, TableReadLimits limits)
    {
        var rows = new List<TableRow>();
        var previousNumber = 0;
        using var reader = OpenXmlReader.Create(part);

        // LoadCurrentElement moves the reader past the row, onto the next element: no Read() after it.
        var positioned = reader.Read();
        while (positioned && !reader.EOF)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                positioned = reader.Read();
                continue;
            }

            // The row number is checked from the attribute, before the row is loaded.
            var number = previousNumber + 1;
            var numberText = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
            if (numberText is not null && (!long.TryParse(numberText, out var claimed) || claimed < 1 || claimed > TableReadLimits.ExcelMaxRow))
            {
                return (rows, TableFile.Failed(TableFileProblem.RowOutOfRange, 0, numberText));
            }

            if (numberText is not null)
            {
                number = int.Parse(numberText, CultureInfo.InvariantCulture);
            }

            if (number <= previousNumber)
            {
                return (rows, TableFile.Failed(TableFileProblem.Damaged, number));
            }

            previousNumber = number;
            var row = (Row)reader.LoadCurrentElement()!;
            var (cells, cellProblem) = ReadCells(row, number, sharedStrings, limits);
            if (cellProblem is not null)
            {
                return (rows, cellProblem);
            }

            if (cells is null)
            {
                continue;
            }

            if (rows.Count == limits.MaxRows)
            {
                return (rows, TableFile.Failed(TableFileProblem.TooManyRows, number, limits.MaxRows.ToString("N0", CultureInfo.CurrentCulture)));
            }

            rows.Add(new TableRow(number, cells));
        }

        return (rows, null);
    }

    /// <returns>The row's cell texts up to its last value, or null when it holds none.</returns>
    private static (string[]? Cells, TableFile? Problem) ReadCells(Row row, int rowNumber, string[] sharedStrings, TableReadLimits limits)
    {
        var values = new List<(int Column, string Text)>();
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = cell.CellReference?.Value;
            if (reference is not null)
            {
                var column = ColumnIndex(reference);
                if (column is null)
                {
                    return (null, TableFile.Failed(TableFileProblem.ColumnOutOfRange, rowNumber, reference));
                }

                position = column.Value;
            }

            var text = CellText(cell, sharedStrings);
            if (text.Length > 0)
            {
                if (position >= limits.MaxColumns)
                {
                    return (null, TableFile.Failed(TableFileProblem.TooManyColumns, rowNumber, reference ?? $"{position + 1}"));
                }

                values.Add((position, text));
            }

            position++;
        }

        if (values.Count == 0)
        {
            return (null, null);
        }

        var cells = new string[values.Max(v => v.Column) + 1];
        Array.Fill(cells, string.Empty);
        foreach (var (column, text) in values)
        {
            cells[column] = text;
        }

        return (cells, null);
    }

    private static string[] ReadSharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var positioned = reader.Read();
        while (positioned && !reader.EOF)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
            else
            {
                positioned = reader.Read();
            }
        }

        return [.. strings];
    }

    /// <summary>The ZIP container is checked entry by entry before the Open XML SDK opens anything.</summary>
    private static TableFile? InspectPackage(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.GetEntry("[Content_Types].xml") is null)
            {
                // A ZIP file, but no Office document (an archive of something else).
                return TableFile.Failed(TableFileProblem.NotReadable);
            }

            long unpacked = 0;
            foreach (var entry in archive.Entries)
            {
                unpacked += entry.Length;
                var ratio = entry.Length / Math.Max(1, entry.CompressedLength);
                if (entry.Length > TableReadLimits.MaxUnpackedBytes || unpacked > TableReadLimits.MaxUnpackedBytes
                    || (entry.Length > 1024 * 1024 && ratio > TableReadLimits.MaxCompressionRatio))
                {
                    return TableFile.Failed(TableFileProblem.UnpackedTooLarge, 0, entry.FullName);
                }

                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    if (DeclaresDocumentType(entry))
                    {
                        return TableFile.Failed(TableFileProblem.DocumentTypeDefinition, 0, entry.FullName);
                    }
                }
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException)
        {
            return TableFile.Failed(TableFileProblem.Damaged);
        }
    }

    // A DTD is where XXE and "billion laughs" live; Excel never writes one. It stands before the root element.
    private static bool DeclaresDocumentType(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var start = new byte[2048];
        var length = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var text = Encoding.ASCII.GetString(start.AsSpan(0, length).ToArray().Where(b => b != 0).ToArray());
        return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }

    // A workbook is foreign input: whatever it makes the SDK throw is a property of the file, never a
    // server error. Cancellation and running out of memory are not about the file.
    private static bool IsContentProblem(Exception exception) =>
        exception is not (OperationCanceledException or OutOfMemoryException);

    private static TableFileProblem ProblemOf(Exception exception) => exception switch
    {
        XmlException xml when xml.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) => TableFileProblem.UnpackedTooLarge,
        XmlException xml when xml.Message.Contains("DTD", StringComparison.Ordinal) => TableFileProblem.DocumentTypeDefinition,
        _ => TableFileProblem.Damaged,
    };

    private static string CellText(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, out var index) && index >= 0 && index < sharedStrings.Length ? sharedStrings[index] : string.Empty;
        }

        return cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty : raw;
    }

    /// <summary>"AB12" → 27; null for a column beyond XFD (or letters nobody writes).</summary>
    private static int? ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > TableReadLimits.ExcelMaxColumn)
            {
                return null;
            }
        }

        return index == 0 ? null : index - 1;
    }

    private static TableFile ReadText(byte[] content, TableReadLimits limits)
    {
        string text;
        if (content.AsSpan().StartsWith(LittleEndianMark) || content.AsSpan().StartsWith(BigEndianMark))
        {
            // Excel's "Unicode-Text": UTF-16 with a byte-order mark, tab-separated.
            text = (content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(content, 2, content.Length - 2);
        }
        else if (content.AsSpan().IndexOf((byte)0) is var nul and >= 0)
        {
            // Text files have no NUL bytes. In the first bytes they mean a binary format (its
            // signature: PDF, image) – or UTF-16 without a byte-order mark, a NUL in every other byte.
            var looksLikeUtf16 = content.Length >= 4 && ((content[1] == 0 && content[3] == 0) || (content[0] == 0 && content[2] == 0));
            return nul < 16 && !looksLikeUtf16
                ? TableFile.Failed(TableFileProblem.NotReadable)
                : TableFile.Failed(TableFileProblem.NotText, LineOf(content.AsSpan(0, nul)), string.Empty);
        }
        else
        {
            text = DecodeText(content);
        }

        if (text.IndexOf('\0') is var nulChar and >= 0)
        {
            return TableFile.Failed(TableFileProblem.NotText, text.AsSpan(0, nulChar).Count('\n') + 1, string.Empty);
        }

        return ReadCsv(text, limits);
    }

    private static int LineOf(ReadOnlySpan<byte> before) => before.Count((byte)'\n') + 1;

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

    /// <summary>CSV records, numbered as Excel numbers them when it opens the file (a record is one row).</summary>
    private static TableFile ReadCsv(string text, TableReadLimits limits)
    {
        var line = 1;
        var quoteLine = 0;
        var firstLine = text.Split('\n', 2)[0];
        var separator = new[] { ';', ',', '\t' }.MaxBy(s => firstLine.Count(c => c == s));
        var rows = new List<TableRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var record = 0;

        TableFile? EndRecord()
        {
            record++;
            if (fields.Count > limits.MaxColumns)
            {
                return TableFile.Failed(TableFileProblem.TooManyColumns, record, $"{fields.Count}");
            }

            if (fields.Any(f => f.Length > 0))
            {
                if (rows.Count == limits.MaxRows)
                {
                    return TableFile.Failed(TableFileProblem.TooManyRows, record, limits.MaxRows.ToString("N0", CultureInfo.CurrentCulture));
                }

                rows.Add(new TableRow(record, [.. fields]));
            }

            fields.Clear();
            return null;
        }

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
                if (EndRecord() is { } problem)
                {
                    return problem;
                }
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return TableFile.Failed(TableFileProblem.UnterminatedQuote, quoteLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            if (EndRecord() is { } problem)
            {
                return problem;
            }
        }

        return new TableFile([new TableSheet(string.Empty, rows)]);
    }
}

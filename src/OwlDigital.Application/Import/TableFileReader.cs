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

    /// <remarks>
    /// Streams down to the cell: a row is never loaded as a whole, because one row element can hold
    /// millions of empty cells. Each cell is checked (position, column limit) before the next is read.
    /// </remarks>
    private static (List<TableRow> Rows, TableFile? Problem) ReadSheet(WorksheetPart part, string[] sharedStrings, TableReadLimits limits)
    {
        var rows = new List<TableRow>();
        RowValues? current = null;
        var previous = 0;
        using var reader = OpenXmlReader.Create(part);

        TableFile? Finish()
        {
            if (current is { Values.Count: > 0 } finished)
            {
                if (rows.Count == limits.MaxRows)
                {
                    return TableFile.Failed(TableFileProblem.TooManyRows, finished.Number, limits.DataRows.ToString("N0", CultureInfo.CurrentCulture));
                }

                rows.Add(new TableRow(finished.Number, finished.ToCells()));
            }

            current = null;
            return null;
        }

        // LoadCurrentElement moves the reader past the cell: no Read() after it.
        var positioned = reader.Read();
        while (positioned && !reader.EOF)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                if (Finish() is { } limitProblem)
                {
                    return (rows, limitProblem);
                }

                // The number is checked from the attribute, before anything of the row is read.
                var numberText = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                var number = previous + 1;
                if (numberText is not null && (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > TableReadLimits.ExcelMaxRow))
                {
                    return (rows, TableFile.Failed(TableFileProblem.RowOutOfRange, 0, numberText));
                }

                if (number <= previous)
                {
                    return (rows, TableFile.Failed(TableFileProblem.Damaged, number));
                }

                previous = number;
                current = new RowValues(number);
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && current is not null)
            {
                if (current.Add((Cell)reader.LoadCurrentElement()!, sharedStrings, limits) is { } cellProblem)
                {
                    return (rows, cellProblem);
                }

                continue;
            }
            else if (reader.ElementType == typeof(Row) && reader.IsEndElement && Finish() is { } limitProblem)
            {
                return (rows, limitProblem);
            }

            positioned = reader.Read();
        }

        return Finish() is { } lastProblem ? (rows, lastProblem) : (rows, null);
    }

    private sealed class TooManySharedStringsException() : Exception("More shared strings than any real table has.");

    /// <summary>The values of the row being read, by column.</summary>
    private sealed class RowValues(int number)
    {
        private int _position;

        public int Number { get; } = number;

        public List<(int Column, string Text)> Values { get; } = [];

        /// <returns>A problem when the cell lies beyond Excel's columns or holds a value beyond the column limit.</returns>
        public TableFile? Add(Cell cell, string[] sharedStrings, TableReadLimits limits)
        {
            var reference = cell.CellReference?.Value;
            if (reference is not null)
            {
                if (ColumnIndex(reference) is not { } column)
                {
                    return TableFile.Failed(TableFileProblem.ColumnOutOfRange, Number, reference);
                }

                // Cells stand left to right; a repeated or earlier column is a forged row.
                if (column < _position)
                {
                    return TableFile.Failed(TableFileProblem.Damaged, Number, reference);
                }

                _position = column;
            }
            else if (_position >= TableReadLimits.ExcelMaxColumn)
            {
                return TableFile.Failed(TableFileProblem.ColumnOutOfRange, Number, $"{ColumnName(_position)}{Number}");
            }

            var text = CellText(cell, sharedStrings);
            if (text.Length > TableReadLimits.MaxCellCharacters)
            {
                return TableFile.Failed(TableFileProblem.CellTooLong, Number, reference ?? $"{ColumnName(_position)}{Number}");
            }

            if (text.Length > 0)
            {
                if (_position >= limits.MaxColumns)
                {
                    return TableFile.Failed(TableFileProblem.TooManyColumns, Number, reference ?? $"{ColumnName(_position)}{Number}");
                }

                Values.Add((_position, text));
            }

            _position++;
            return null;
        }

        /// <summary>The cell texts up to the last value; cells without a value are empty strings.</summary>
        public string[] ToCells()
        {
            var cells = new string[Values.Max(v => v.Column) + 1];
            Array.Fill(cells, string.Empty);
            foreach (var (column, text) in Values)
            {
                cells[column] = text;
            }

            return cells;
        }
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
                if (strings.Count == TableReadLimits.MaxSharedStrings)
                {
                    throw new TooManySharedStringsException();
                }

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

            if (archive.Entries.Count > TableReadLimits.MaxPackageEntries)
            {
                return TableFile.Failed(TableFileProblem.UnpackedTooLarge);
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

                if ((entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                    && CheckXml(entry) is { } xmlProblem)
                {
                    return TableFile.Failed(xmlProblem, 0, entry.FullName);
                }
            }

            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException)
        {
            return TableFile.Failed(TableFileProblem.Damaged);
        }
    }

    /// <summary>
    /// Reads an XML part once, without building anything: a DTD anywhere (XXE, "billion laughs";
    /// Excel never writes one), nesting deeper than any workbook has (the SDK loads and reads
    /// elements recursively, and a stack overflow would end the process), or more characters than
    /// allowed are found here, before the SDK sees the part.
    /// </summary>
    private static TableFileProblem? CheckXml(ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = TableReadLimits.MaxCharactersInPart,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
                if (reader.Depth > TableReadLimits.MaxXmlDepth)
                {
                    return TableFileProblem.Damaged;
                }
            }

            return null;
        }
        catch (XmlException exception)
        {
            return ProblemOf(exception);
        }
    }

    // A workbook is foreign input: whatever it makes the SDK throw is a property of the file, never a
    // server error. Cancellation and running out of memory are not about the file.
    private static bool IsContentProblem(Exception exception) =>
        exception is not (OperationCanceledException or OutOfMemoryException);

    // XmlException has no error code; its (English, invariant) message names the limit or the DTD.
    private static TableFileProblem ProblemOf(Exception exception) => exception switch
    {
        XmlException xml when xml.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) => TableFileProblem.UnpackedTooLarge,
        XmlException xml when xml.Message.Contains("DTD", StringComparison.Ordinal) || xml.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase) => TableFileProblem.DocumentTypeDefinition,
        TooManySharedStringsException => TableFileProblem.UnpackedTooLarge,
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

    /// <summary>27 → "AB": the column as Excel names it, for messages.</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
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
                : TableFile.Failed(TableFileProblem.NotText, LineOf(content.AsSpan(0, nul)));
        }
        else
        {
            text = DecodeText(content);
        }

        if (text.IndexOf('\0') is var nulChar and >= 0)
        {
            return TableFile.Failed(TableFileProblem.NotText, text.AsSpan(0, nulChar).Count('\n') + 1);
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

        var skippedEmpty = 0;

        // Beyond the column limit empty fields are only counted (Excel pads lines with separators),
        // never kept: a line of a million separators must not become a million fields.
        TableFile? AddField(bool trimReturn = false)
        {
            var text = trimReturn ? field.ToString().TrimEnd('\r') : field.ToString();
            field.Clear();
            if (fields.Count + skippedEmpty < limits.MaxColumns)
            {
                fields.Add(text);
            }
            else if (text.Length > 0)
            {
                return TableFile.Failed(TableFileProblem.TooManyColumns, record + 1, $"{ColumnName(fields.Count + skippedEmpty)}{record + 1}");
            }
            else
            {
                skippedEmpty++;
            }

            return null;
        }

        TableFile? EndRecord()
        {
            record++;
            skippedEmpty = 0;

            if (fields.Any(f => f.Length > 0))
            {
                if (rows.Count == limits.MaxRows)
                {
                    return TableFile.Failed(TableFileProblem.TooManyRows, record, limits.DataRows.ToString("N0", CultureInfo.CurrentCulture));
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
                if (AddField() is { } problem)
                {
                    return problem;
                }
            }
            else if (c == '\n')
            {
                line++;
                if ((AddField(trimReturn: true) ?? EndRecord()) is { } problem)
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

        if (field.Length > 0 || fields.Count > 0 || skippedEmpty > 0)
        {
            if ((AddField(trimReturn: true) ?? EndRecord()) is { } problem)
            {
                return problem;
            }
        }

        return new TableFile([new TableSheet(string.Empty, rows)]);
    }
}

using System.IO.Compression;
using System.Text;

namespace OwlDigital.TestBase;

/// <summary>
/// Files an attacker (or a broken tool) uploads instead of a table, generated here so no binary
/// sample is committed. Each names the problem the reader must report for it.
/// </summary>
public static class HostileFiles
{
    /// <summary>One hostile file: what it is, its bytes, and a word the refusal must contain (German UI).</summary>
    public sealed record Case(string Name, byte[] Content, string Expected);

    /// <summary>Every hostile file that fits under the upload limit.</summary>
    public static IEnumerable<Case> All()
    {
        yield return new("row index 100,000,000", Workbook(Sheet("""<row r="100000000"><c r="A100000000" t="inlineStr"><is><t>x</t></is></c></row>""")), "100000000");
        yield return new("row index near 2^31", Workbook(Sheet("""<row r="2147483600"><c r="A2147483600" t="inlineStr"><is><t>x</t></is></c></row>""")), "2147483600");
        yield return new("column beyond XFD", Workbook(Sheet("""<row r="1"><c r="XFE1" t="inlineStr"><is><t>x</t></is></c></row>""")), "XFE1");
        yield return new("value in column XFD", Workbook(Sheet("""<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>""")), "XFD1");
        yield return new("20,000 cells in one row", Workbook(Sheet("<row r=\"1\">" + string.Concat(Enumerable.Repeat("<c/>", 20_000)) + "</row>")), "XFE1");
        yield return new("a million separators in one CSV line", Encoding.UTF8.GetBytes("Nr.;Titel\n" + new string(';', 1_000_000) + "x\n"), "256 Spalten");
        yield return new("ZIP bomb", ZipBomb(), "ZIP-Bombe");
        yield return new("10,000 nested elements", Workbook(Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>" + string.Concat(Enumerable.Repeat("<r>", 10_000)) + string.Concat(Enumerable.Repeat("</r>", 10_000)) + "</is></c></row>")), "beschädigt");
        yield return new("2,000 ZIP entries", ManyEntries(2_000), "ZIP-Bombe");
        yield return new("DTD with an external entity (XXE)", Workbook(Dtd("""<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""", Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>"""))), "Dokumenttypdefinition");
        yield return new("billion laughs", Workbook(Dtd(BillionLaughs, Sheet("""<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>"""))), "Dokumenttypdefinition");
        yield return new("no sheet", Workbook(sheetXml: null), "kein Tabellenblatt");
        yield return new("broken XML", Workbook("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x"""), "beschädigt");
        yield return new("old .xls", CompoundFile(encrypted: false), ".xls");
        yield return new("encrypted workbook", CompoundFile(encrypted: true), "Kennwort");
        yield return new("a ZIP that is no workbook", Zip(("readme.txt", "hello"u8.ToArray())), "weder eine Excel-Arbeitsmappe");
        yield return new("UTF-16 without byte-order mark", Encoding.Unicode.GetBytes("Nr.;Titel\nMP 001;Test\n"), "Binärdaten");
        yield return new("NUL bytes in line 3", Encoding.UTF8.GetBytes("Nr.;Titel\nMP 001;Test\nMP 002;Te\0st\n"), "Zeile 3");
        yield return new("too many rows", ManyRows(60_000), "mehr als");
    }

    /// <summary>A workbook whose shared-string table has more entries than any real table (all empty).</summary>
    public static byte[] SharedStringBomb() =>
        Workbook(
            Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>"""),
            """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"""
                + string.Concat(Enumerable.Repeat("<si><t/></si>", 1_100_000)) + "</sst>");

    /// <summary>A 60 MB body: over the upload limit, answered 413 before it is read.</summary>
    public static byte[] Oversized() => new byte[60 * 1024 * 1024];

    /// <summary>A workbook of one sheet with the given sheetData content.</summary>
    public static string Sheet(string rows) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""";

    /// <summary>A minimal .xlsx; without <paramref name="sheetXml"/> the workbook lists no sheet at all.</summary>
    public static byte[] Workbook(string? sheetXml, string? sharedStringsXml = null)
    {
        var parts = new List<(string, byte[])>
        {
            ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""")),
            ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""")),
            ("xl/workbook.xml", Encoding.UTF8.GetBytes(sheetXml is null
                ? """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets/></workbook>"""
                : """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>""")),
        };
        if (sheetXml is not null)
        {
            var sharedStringsRelationship = sharedStringsXml is null ? string.Empty
                : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""";
            parts.Add(("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{sharedStringsRelationship}</Relationships>""")));
            parts.Add(("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(sheetXml)));
        }

        if (sharedStringsXml is not null)
        {
            parts.Add(("xl/sharedStrings.xml", Encoding.UTF8.GetBytes(sharedStringsXml)));
        }

        return Zip([.. parts]);
    }

    /// <summary>A CSV of the measures layout with <paramref name="rows"/> data rows.</summary>
    public static byte[] ManyRows(int rows)
    {
        var text = new StringBuilder("Nr.;Digitalisierungsprojekt/-thema\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append("MP ").Append(i).Append(";Projekt ").Append(i).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private const string BillionLaughs = """
        <!DOCTYPE worksheet [
        <!ENTITY lol "lol">
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        """;

    // The DTD goes between the XML declaration and the root element, where a parser would read it.
    private static string Dtd(string doctype, string sheet) =>
        sheet.Replace("?><worksheet", "?>" + doctype + "<worksheet", StringComparison.Ordinal);

    /// <summary>A sheet that unpacks to 50 MB of whitespace from about 50 KB.</summary>
    private static byte[] ZipBomb()
    {
        var workbook = Workbook(Sheet(string.Empty));
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var stream = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            stream.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 50; i++)
            {
                stream.Write(spaces);
            }

            stream.Write("</sheetData></worksheet>"u8);
        }

        return buffer.ToArray();
    }

    /// <summary>A workbook padded with tiny extra ZIP entries.</summary>
    private static byte[] ManyEntries(int count)
    {
        using var buffer = new MemoryStream();
        buffer.Write(Workbook(Sheet(string.Empty)));
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                using var stream = archive.CreateEntry($"xl/extra/{i}.bin").Open();
                stream.WriteByte(0);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The header of an OLE compound file, as old .xls and password-protected .xlsx files start.</summary>
    private static byte[] CompoundFile(bool encrypted)
    {
        var content = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(content, 0);
        Encoding.Unicode.GetBytes(encrypted ? "EncryptionInfo" : "Workbook").CopyTo(content, 1024);
        return content;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}

using System.Text;
using OwlDigital.Import;
using OwlDigital.TestBase;

namespace OwlDigital.Application.Tests.Import;

/// <summary>The bounded reader on its own: what it reads, where it stops, and what it costs.</summary>
public class TableFileReader_Tests
{
    [Fact]
    public void A_Workbook_Should_Keep_Row_Numbers_And_Cell_Positions_As_Excel_Shows_Them()
    {
        var file = TableFileReader.Read(HostileFiles.Workbook(HostileFiles.Sheet(
            """<row r="2"><c r="A2" t="inlineStr"><is><t>Nr.</t></is></c><c r="C2" t="inlineStr"><is><t>Titel</t></is></c></row><row r="7"><c r="B7"><v>42</v></c></row>""")));

        file.Problem.ShouldBeNull();
        var rows = file.Sheets.Single().Rows;
        rows.Select(r => r.Number).ShouldBe([2, 7], "rows without values are left out, numbers stay");
        rows.Select(r => string.Join("|", r.Cells)).ShouldBe(["Nr.||Titel", "|42"]);
    }

    [Fact]
    public void A_Row_Numbered_As_The_Last_Excel_Row_Should_Cost_One_Row_Not_A_Million()
    {
        var content = HostileFiles.Workbook(HostileFiles.Sheet("""<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>"""));
        TableFileReader.Read(content, new TableReadLimits(10));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var file = TableFileReader.Read(content, new TableReadLimits(10));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        file.Sheets.Single().Rows.Single().Number.ShouldBe(1_048_576);
        allocated.ShouldBeLessThan(4L * 1024 * 1024, "the rows in between are not padded (a list of a million empty rows is over 8 MB)");
    }

    [Fact]
    public void Reading_Should_Stop_At_The_First_Row_Beyond_The_Limit()
    {
        var rows = string.Concat(Enumerable.Range(1, 5_000).Select(i => $"""<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>"""));
        var content = HostileFiles.Workbook(HostileFiles.Sheet(rows));
        TableFileReader.Read(content, new TableReadLimits(100));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var limited = TableFileReader.Read(content, new TableReadLimits(100));
        var allocatedLimited = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var all = TableFileReader.Read(content, new TableReadLimits(10_000));
        var allocatedAll = GC.GetAllocatedBytesForCurrentThread() - before;

        (limited.Problem, limited.Row, limited.Sheets.Count).ShouldBe((TableFileProblem.TooManyRows, 101, 0));
        all.Sheets.Single().Rows.Count.ShouldBe(5_000);
        allocatedLimited.ShouldBeLessThan(allocatedAll / 5, "reading stops at row 101 instead of reading all 5,000 rows first");
    }

    [Fact]
    public void A_Csv_Should_Stop_At_The_Row_Limit_And_Name_The_Line()
    {
        var file = TableFileReader.Read(HostileFiles.ManyRows(1_000), new TableReadLimits(50));

        (file.Problem, file.Row).ShouldBe((TableFileProblem.TooManyRows, 51));
    }

    [Fact]
    public void Unicode_Text_From_Excel_Should_Be_Read_With_Its_Tabs_And_Umlauts()
    {
        var content = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Nr.\tTitel\r\nMP 001\tBürgerbüro öffnen\r\n")).ToArray();

        var rows = TableFileReader.Read(content).Sheets.Single().Rows;

        rows.Select(r => r.Cells).ShouldBe([["Nr.", "Titel"], ["MP 001", "Bürgerbüro öffnen"]]);
    }

    [Theory]
    [InlineData("row index 100,000,000", TableFileProblem.RowOutOfRange)]
    [InlineData("row index near 2^31", TableFileProblem.RowOutOfRange)]
    [InlineData("column beyond XFD", TableFileProblem.ColumnOutOfRange)]
    [InlineData("value in column XFD", TableFileProblem.TooManyColumns)]
    [InlineData("20,000 cells in one row", TableFileProblem.ColumnOutOfRange)]
    [InlineData("a million separators in one CSV line", TableFileProblem.TooManyColumns)]
    [InlineData("ZIP bomb", TableFileProblem.UnpackedTooLarge)]
    [InlineData("10,000 nested elements", TableFileProblem.Damaged)]
    [InlineData("2,000 ZIP entries", TableFileProblem.UnpackedTooLarge)]
    [InlineData("DTD with an external entity (XXE)", TableFileProblem.DocumentTypeDefinition)]
    [InlineData("billion laughs", TableFileProblem.DocumentTypeDefinition)]
    [InlineData("no sheet", TableFileProblem.NoSheet)]
    [InlineData("broken XML", TableFileProblem.Damaged)]
    [InlineData("old .xls", TableFileProblem.LegacyExcel)]
    [InlineData("encrypted workbook", TableFileProblem.Encrypted)]
    [InlineData("a ZIP that is no workbook", TableFileProblem.NotReadable)]
    [InlineData("UTF-16 without byte-order mark", TableFileProblem.NotText)]
    [InlineData("NUL bytes in line 3", TableFileProblem.NotText)]
    public void A_Hostile_File_Should_Be_A_Named_Problem_And_No_Exception(string name, TableFileProblem expected)
    {
        var hostile = HostileFiles.All().Single(c => c.Name == name);

        var file = TableFileReader.Read(hostile.Content, TableReadLimits.ForImport(5_000));

        file.Problem.ShouldBe(expected, name);
        file.Sheets.ShouldBeEmpty();
    }

    [Fact]
    public void Rows_Without_A_Number_Should_Follow_The_Previous_Row_Even_When_It_Was_Empty()
    {
        var file = TableFileReader.Read(HostileFiles.Workbook(HostileFiles.Sheet(
            """<row r="3"><c r="A3"><v>1</v></c></row><row r="9"/><row><c><v>2</v></c></row><row r="10"><c r="A10"><v>3</v></c></row>""")));

        file.Problem.ShouldBe(TableFileProblem.Damaged, "row 10 after an unnumbered row 10 is out of order");
        file.Row.ShouldBe(10);
    }

    [Fact]
    public void A_Shared_String_Table_Larger_Than_Any_Real_Table_Should_Be_Refused()
    {
        TableFileReader.Read(HostileFiles.SharedStringBomb()).Problem.ShouldBe(TableFileProblem.UnpackedTooLarge);
    }

    [Fact]
    public void A_Cell_Longer_Than_Excel_Allows_Should_Be_Refused_Naming_It()
    {
        var file = TableFileReader.Read(HostileFiles.Workbook(HostileFiles.Sheet(
            $"""<row r="4"><c r="B4" t="inlineStr"><is><t>{new string('x', 40_000)}</t></is></c></row>""")));

        (file.Problem, file.Row, file.Detail).ShouldBe((TableFileProblem.CellTooLong, 4, "B4"));
    }

    [Fact]
    public void Cells_Out_Of_Column_Order_Should_Be_A_Damaged_File()
    {
        var file = TableFileReader.Read(HostileFiles.Workbook(HostileFiles.Sheet(
            """<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>""")));

        (file.Problem, file.Detail).ShouldBe((TableFileProblem.Damaged, "B1"), "a repeated cell would let a row grow without bound");
    }

    [Fact]
    public void Empty_Fields_Beyond_The_Column_Limit_Should_Be_Dropped_And_A_Value_There_Refused()
    {
        var padded = TableFileReader.Read(System.Text.Encoding.UTF8.GetBytes("Nr.;Titel" + new string(';', 500) + "\nMP 001;X\n"), new TableReadLimits(10));
        var valueFarRight = TableFileReader.Read(System.Text.Encoding.UTF8.GetBytes("Nr.;Titel" + new string(';', 300) + "x\n"), new TableReadLimits(10));

        padded.Problem.ShouldBeNull("Excel pads CSV lines with separators");
        padded.Sheets.Single().Rows[0].Cells.Length.ShouldBe(256);
        (valueFarRight.Problem, valueFarRight.Detail).ShouldBe((TableFileProblem.TooManyColumns, "KP1"));
    }

    [Fact]
    public void A_File_Over_The_Upload_Limit_Should_Be_Refused_Without_Being_Parsed()
    {
        TableFileReader.Read(HostileFiles.Oversized(), TableReadLimits.ForImport(5_000)).Problem.ShouldBe(TableFileProblem.TooLarge);
    }
}

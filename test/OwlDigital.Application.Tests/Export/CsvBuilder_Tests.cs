using System.Text;
using OwlDigital.Export;

namespace OwlDigital.Application.Tests.Export;

public class CsvBuilder_Tests
{
    [Fact]
    public void Fields_With_Separators_Quotes_Or_Line_Breaks_Should_Be_Quoted()
    {
        var csv = new CsvBuilder();

        csv.AddRow("a;b", "sagt \"hallo\"", "zwei\nZeilen", "schlicht", null);

        csv.ToString().ShouldBe("\"a;b\";\"sagt \"\"hallo\"\"\";\"zwei\nZeilen\";schlicht;\r\n");
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+49 5571 89-0", "'+49 5571 89-0")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("Minden", "Minden")]
    public void A_Field_A_Spreadsheet_Would_Run_As_A_Formula_Should_Be_Defused(string field, string expected)
    {
        var csv = new CsvBuilder();

        csv.AddRow(field);

        csv.ToString().ShouldBe(expected + "\r\n");
    }

    [Fact]
    public void The_File_Should_Start_With_A_Byte_Order_Mark_So_Excel_Reads_Umlauts()
    {
        var csv = new CsvBuilder();
        csv.AddRow("Höxter");

        var bytes = csv.ToUtf8WithBom();

        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes[3..]).ShouldBe("Höxter\r\n");
    }
}

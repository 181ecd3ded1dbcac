using System.Text;

namespace OwlDigital.Export;

/// <summary>
/// CSV as German spreadsheet programs open it without an import dialog: semicolons, CRLF, UTF-8
/// with BOM. Fields are quoted when needed, and a field that a spreadsheet would run as a formula
/// is prefixed with an apostrophe (CSV injection).
/// </summary>
public sealed class CsvBuilder
{
    private const char Separator = ';';
    private readonly StringBuilder _text = new();

    public void AddRow(params IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(Separator);
            }

            _text.Append(Escape(fields[i]));
        }

        _text.Append("\r\n");
    }

    public byte[] ToUtf8WithBom() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble()
        .Concat(Encoding.UTF8.GetBytes(_text.ToString()))
        .ToArray();

    public override string ToString() => _text.ToString();

    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        if (field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([Separator, '"', '\r', '\n']) >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }
}

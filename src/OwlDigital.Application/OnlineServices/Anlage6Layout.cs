using System.Globalization;
using System.Text.RegularExpressions;
using OwlDigital.Export;
using OwlDigital.Portfolios;

namespace OwlDigital.OnlineServices;

/// <summary>
/// The layout of the published list of online services (Minden's Anlage 6 to the council report):
/// business area and office (code and name each), OD number, title, way of implementation, one
/// "Status (P/E/U) MM.yyyy" column per reporting date and the measure number or "nein". Two
/// columns of our own follow (LeiKa keys, OZG id) so that an export can be imported back whole.
/// The export writes it and the import finds its columns by their header text.
/// </summary>
public static partial class Anlage6Layout
{
    public const string BusinessArea = "Geschäftskreis";
    public const string BusinessAreaName = "Geschäftskreis-Bezeichnung";
    public const string Office = "Dienststelle";
    public const string OfficeName = "Dienststelle-Bezeichnung";
    public const string Number = "Nr. Online-Dienst";
    public const string Title = "Bezeichnung Online-Dienst";
    public const string Implementation = "Umsetzungsart";
    public const string MeasureNumber = "Nr. lt. Maßnahmenplan VwDigitalisierung";
    public const string LeiKaKeys = "LeiKa-Schlüssel";
    public const string OzgId = "OZG-ID";

    /// <summary>What the list writes when a service belongs to no measure.</summary>
    public const string NoMeasure = "nein";

    public static string StatusHeader(DateOnly date) => $"Status (P/E/U) {date:MM.yyyy}";

    public static byte[] Write(
        IReadOnlyList<OnlineService> services,
        IReadOnlyList<DateOnly> dates,
        IReadOnlyDictionary<Guid, OrgUnit> units,
        IReadOnlyDictionary<Guid, string> measureNumbers,
        bool excel)
    {
        string?[] header = [BusinessArea, BusinessAreaName, Office, OfficeName, Number, Title, Implementation, .. dates.Select(StatusHeader), MeasureNumber, LeiKaKeys, OzgId];
        var rows = services.Select(service =>
        {
            var unit = units.GetValueOrDefault(service.OrgUnitId);
            var area = unit?.BusinessAreaId is { } areaId ? units.GetValueOrDefault(areaId) : unit;
            var office = unit?.BusinessAreaId is null ? null : unit;
            string?[] row =
            [
                area?.Code, area?.Name, office?.Code, office?.Name, service.Number, service.Title, service.Implementation.AnlageText(),
                .. dates.Select(d => service.StatusAt(d)?.Letter()),
                service.MeasureId is { } m && measureNumbers.TryGetValue(m, out var number) ? number : NoMeasure,
                string.Join(", ", service.LeiKaLinks.Where(l => l.KeyWhenMapped is not null).Select(l => l.KeyWhenMapped).Order(StringComparer.Ordinal)),
                service.OzgServiceId?.ToString(CultureInfo.InvariantCulture),
            ];
            return row;
        }).ToList();

        if (excel)
        {
            var workbook = new XlsxBuilder().Sheet("Online-Dienste").Row(header);
            rows.ForEach(row => workbook.Row(row));
            return workbook.ToBytes();
        }

        var csv = new CsvBuilder();
        csv.AddRow(header);
        rows.ForEach(row => csv.AddRow(row));
        return csv.ToUtf8WithBom();
    }

    /// <summary>The header row (within the first 20) and where each column is; null without the number and title columns.</summary>
    public static (int Index, Columns Columns)? FindHeader(IReadOnlyList<string[]> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var headers = rows[r].Select(Clean).ToArray();
            int? Find(Func<string, bool> match) => Array.FindIndex(headers, h => match(h)) is var i and >= 0 ? i : null;
            bool Is(string h, string name) => HeaderKey(h) == HeaderKey(name);

            var number = Find(h => Is(h, Number) || Is(h, "Nr.") || Is(h, "Nummer"));
            var title = Find(h => Is(h, Title) || Is(h, "Titel") || Is(h, "Bezeichnung"));
            if (number is null || title is null)
            {
                continue;
            }

            var statuses = new List<(int Column, string Header, DateOnly? Date, string Label)>();
            for (var i = 0; i < headers.Length; i++)
            {
                var date = ReportingDates.FindInHeader(headers[i], out var label);
                if (label is not null && headers[i].StartsWith("Status", StringComparison.OrdinalIgnoreCase))
                {
                    statuses.Add((i, headers[i], date, label));
                }
            }

            return (r, new Columns(
                headers,
                number.Value,
                title.Value,
                Find(h => Is(h, BusinessArea)),
                Find(h => Is(h, Office)),
                Find(h => Is(h, Implementation)),
                Find(h => HeaderKey(h).StartsWith("nrltmaßnahmenplan", StringComparison.Ordinal) || Is(h, "MP") || Is(h, "Maßnahme")),
                Find(h => Is(h, LeiKaKeys)),
                Find(h => Is(h, OzgId)),
                statuses));
        }

        return null;
    }

    public sealed record Columns(
        string[] Headers,
        int Number,
        int Title,
        int? BusinessArea,
        int? Office,
        int? Implementation,
        int? MeasureNumber,
        int? LeiKaKeys,
        int? OzgId,
        List<(int Column, string Header, DateOnly? Date, string Label)> Statuses);

    /// <summary>
    /// A header as compared: letters and digits only. The published list breaks its narrow headers
    /// with and without hyphens ("Geschäfts-&#10;kreis", "Nr. Online-&#10;Dienst"), and whether a hyphen
    /// was a real one cannot be told from the text.
    /// </summary>
    private static string HeaderKey(string header) => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Cells of the published lists carry the line breaks of their narrow columns.</summary>
    public static string Clean(string text) => WhitespacePattern().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

}

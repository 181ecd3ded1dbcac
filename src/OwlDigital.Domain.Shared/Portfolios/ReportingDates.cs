using System.Globalization;
using System.Text.RegularExpressions;

namespace OwlDigital.Portfolios;

/// <summary>Progress is reported twice a year, as of 31 March and 30 September (Berichtstermine).</summary>
public static partial class ReportingDates
{
    public static bool IsReportingDate(DateOnly date) =>
        (date.Month == 3 && date.Day == 31) || (date.Month == 9 && date.Day == 30);

    /// <summary>The reporting date before <paramref name="date"/>.</summary>
    public static DateOnly Previous(DateOnly date) =>
        date.Month == 3 ? new DateOnly(date.Year - 1, 9, 30) : new DateOnly(date.Year, 3, 31);

    /// <summary>
    /// The first reporting date on or after <paramref name="today"/>: the one due next, and the
    /// latest a new reporting round may be created for (later ones would report the future).
    /// </summary>
    public static DateOnly NextDue(DateOnly today) =>
        today <= new DateOnly(today.Year, 3, 31) ? new DateOnly(today.Year, 3, 31)
        : today <= new DateOnly(today.Year, 9, 30) ? new DateOnly(today.Year, 9, 30)
        : new DateOnly(today.Year + 1, 3, 31);

    /// <summary>
    /// Finds the "MM.yyyy" a column header of the plans names ("Projektfortschritt Stand 09.2023").
    /// </summary>
    /// <param name="label">The "MM.yyyy" found, or null when the header names none.</param>
    /// <returns>The reporting date, or null when the header names none or a month.year that is no reporting date.</returns>
    public static DateOnly? FindInHeader(string header, out string? label)
    {
        var match = HeaderDatePattern().Match(header);
        label = match.Success ? match.Value : null;
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return (match.Groups["month"].Value, year) switch
        {
            (_, < 1990 or > 2999) => null,
            ("03", _) => new DateOnly(year, 3, 31),
            ("09", _) => new DateOnly(year, 9, 30),
            _ => null,
        };
    }

    // ASCII digits only: \d would also match other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"(?<month>[0-9]{2})\.(?<year>[0-9]{4})")]
    private static partial Regex HeaderDatePattern();

    /// <summary>The column label of the plans: "03.2023", "09.2023".</summary>
    public static string Label(DateOnly date) => date.ToString("MM.yyyy", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace OwlDigital.Portfolios;

/// <summary>Progress is reported twice a year, as of 31 March and 30 September (Berichtstermine).</summary>
public static class ReportingDates
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

    /// <summary>The column label of the plans: "03.2023", "09.2023".</summary>
    public static string Label(DateOnly date) => date.ToString("MM.yyyy", CultureInfo.InvariantCulture);
}

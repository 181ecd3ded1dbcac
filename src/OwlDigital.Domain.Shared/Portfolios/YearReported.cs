using System.Globalization;
using System.Text.RegularExpressions;

namespace OwlDigital.Portfolios;

/// <summary>
/// The year a measure was reported: "2021", or "2020-U(10)" for a measure that was already fully
/// implemented when the plan was first drawn up (such measures are listed, but left out of the
/// council report's counts, as Minden does: 233 measures listed, 149 reported on).
/// </summary>
public readonly partial record struct YearReported(int Year, bool AlreadyImplementedAtStart)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static bool TryParse(string? text, out YearReported value)
    {
        value = default;
        var match = Pattern().Match(text?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal) ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            return false;
        }

        value = new YearReported(year, match.Groups["done"].Success);
        return true;
    }

    public override string ToString() =>
        Year.ToString(CultureInfo.InvariantCulture) + (AlreadyImplementedAtStart ? "-U(10)" : string.Empty);

    [GeneratedRegex(@"^(?<year>\d{4})(?<done>-U\(10\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

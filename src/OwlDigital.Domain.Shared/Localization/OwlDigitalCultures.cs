using System.Globalization;

namespace OwlDigital.Localization;

public static class OwlDigitalCultures
{
    /// <summary>German first: the users are German public administrations.</summary>
    public const string Default = "de-DE";

    public static readonly IReadOnlyList<string> Supported = ["de-DE", "en-GB"];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static CultureInfo DefaultCulture => CultureInfo.GetCultureInfo(Default);
}

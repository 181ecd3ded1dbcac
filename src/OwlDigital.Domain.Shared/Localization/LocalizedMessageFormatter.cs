using System.Globalization;
using System.Text.RegularExpressions;

namespace OwlDigital.Localization;

/// <summary>Fills named placeholders such as <c>{Ags}</c> in a localized text.</summary>
public static partial class LocalizedMessageFormatter
{
    public static string Format(string template, IReadOnlyDictionary<string, object?> values) =>
        PlaceholderPattern().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty
                : match.Value);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex PlaceholderPattern();
}

using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace OwlDigital.Localization;

/// <summary>The embedded <c>Localization/OwlDigital/*.json</c> files, loaded once per process.</summary>
public sealed class JsonTextDictionaries
{
    private const string FallbackLanguage = "de";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public JsonTextDictionaries()
    {
        var assembly = typeof(JsonTextDictionaries).Assembly;
        var result = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resourceName in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("OwlDigital.Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resourceName)!;
            var file = JsonSerializer.Deserialize<TextFile>(stream, JsonOptions)
                ?? throw new InvalidOperationException($"Localization resource {resourceName} is empty.");
            result[file.Culture] = file.Texts.ToFrozenDictionary(StringComparer.Ordinal);
        }

        _byLanguage = result.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IEnumerable<string> Languages => _byLanguage.Keys;

    public string? Find(CultureInfo culture, string name)
    {
        foreach (var language in LookupChain(culture))
        {
            if (_byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    public IReadOnlyDictionary<string, string> All(CultureInfo culture) =>
        _byLanguage.TryGetValue(culture.TwoLetterISOLanguageName, out var texts) ? texts : _byLanguage[FallbackLanguage];

    public IReadOnlyCollection<string> Keys(string language) => _byLanguage[language].Keys;

    private static IEnumerable<string> LookupChain(CultureInfo culture)
    {
        yield return culture.Name;
        yield return culture.TwoLetterISOLanguageName;
        yield return FallbackLanguage;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record TextFile(string Culture, Dictionary<string, string> Texts);
}

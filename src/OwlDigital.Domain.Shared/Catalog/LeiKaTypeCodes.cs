namespace OwlDigital.Catalog;

/// <summary>
/// The LeiKa "Typisierung" says who regulates and who executes a service. A service counts as
/// municipally relevant when one of its types lets municipalities execute it: the types whose
/// official text names the municipal level (2, 2b, 3, 3b, 2/3, 1;2/3, 4b, 5) and type 4 (state
/// law, executed by the state or delegated to municipalities — the OZG groups it with 5 as "Typ 4/5").
/// Types executed by federal or state authorities only (1, 2a, 3a, 4a) and information types
/// (6, 7, 10–12) are not.
/// </summary>
public static class LeiKaTypeCodes
{
    private static readonly HashSet<string> MunicipallyExecuted = new(StringComparer.Ordinal)
    {
        "2", "2b", "3", "3b", "2/3", "1;2/3", "4", "4b", "5",
    };

    public static bool IsMunicipallyExecuted(string code) => MunicipallyExecuted.Contains(code.Trim());

    /// <summary>A catalogue row may carry several types ("1, 2/3"); "1;2/3" is one official code of its own.</summary>
    public static IReadOnlyList<string> Split(string? typeField)
    {
        var text = typeField?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return [];
        }

        return MunicipallyExecuted.Contains(text) ? [text] : text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static bool IsMunicipallyRelevant(string? typeField) => Split(typeField).Any(IsMunicipallyExecuted);
}

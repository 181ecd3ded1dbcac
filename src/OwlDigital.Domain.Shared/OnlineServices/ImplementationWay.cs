namespace OwlDigital.OnlineServices;

/// <summary>How an online service is implemented (Umsetzungsart), in the categories of Anlage 6 plus reuse from another tenant.</summary>
public enum ImplementationWay
{
    /// <summary>"eigenes Antragsmanagement": the tenant's own application management (form tool).</summary>
    OwnApplicationManagement = 1,

    /// <summary>"Fachverfahren/Webdienste": a specialist procedure or web service.</summary>
    SpecialistProcedure = 2,

    /// <summary>"Externe Portale": an external portal (e.g. the federal tax ID lookup).</summary>
    ExternalPortal = 3,

    /// <summary>"EfA-Dienst": an "Einer für Alle" service built by a state.</summary>
    Efa = 4,

    /// <summary>"Sonstiges/noch in Klärung".</summary>
    OtherOrUnclear = 5,

    /// <summary>Adopted from another tenant (shared form or process).</summary>
    AdoptedFromTenant = 6,
}

public static class ImplementationWays
{
    /// <summary>The words Anlage 6 uses, as written there (German, the layout's language).</summary>
    public static string AnlageText(this ImplementationWay way) => way switch
    {
        ImplementationWay.OwnApplicationManagement => "eigenes Antragsmanagement",
        ImplementationWay.SpecialistProcedure => "Fachverfahren/Webdienste",
        ImplementationWay.ExternalPortal => "Externe Portale",
        ImplementationWay.Efa => "EfA-Dienst",
        ImplementationWay.OtherOrUnclear => "Sonstiges/noch in Klärung",
        ImplementationWay.AdoptedFromTenant => "von anderer Kommune übernommen",
        _ => throw new ArgumentOutOfRangeException(nameof(way), way, null),
    };

    /// <summary>Reads the Anlage 6 wording loosely: case, blanks and line breaks of narrow columns do not matter.</summary>
    public static bool TryParseAnlageText(string? text, out ImplementationWay way)
    {
        var key = Normalize(text);
        foreach (var candidate in Enum.GetValues<ImplementationWay>())
        {
            if (Normalize(candidate.AnlageText()) == key)
            {
                way = candidate;
                return true;
            }
        }

        way = key switch
        {
            "efa" or "efa-leistung" => ImplementationWay.Efa,
            "sonstiges" or "nochinklärung" => ImplementationWay.OtherOrUnclear,
            _ => default,
        };
        return way != default;
    }

    private static string Normalize(string? text) =>
        new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
}

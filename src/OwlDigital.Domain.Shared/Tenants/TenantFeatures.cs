namespace OwlDigital.Tenants;

/// <summary>
/// Parts of the application the DigitalBüro switches on or off per tenant. Modules check them
/// through <c>TenantFeatureChecker</c> before they offer or accept the feature's data.
/// </summary>
public static class TenantFeatures
{
    /// <summary>The tenant's public page (measures plan and services list for council and citizens).</summary>
    public const string PublicPage = "PublicPage";

    /// <summary>The LoRaWAN chapter of the digital profile.</summary>
    public const string LoRaWan = "LoRaWan";

    /// <summary>The data-platform chapter of the digital profile.</summary>
    public const string DataPlatform = "DataPlatform";

    public static IReadOnlyList<string> All { get; } = [PublicPage, LoRaWan, DataPlatform];

    /// <summary>A new tenant answers every profile chapter; publishing is a decision the tenant takes later.</summary>
    public static IReadOnlyList<string> Defaults { get; } = [LoRaWan, DataPlatform];

    public static bool IsKnown(string? feature) => feature is not null && All.Contains(feature, StringComparer.Ordinal);
}

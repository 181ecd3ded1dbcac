namespace OwlDigital.Blazor.Printing;

/// <summary>Where the headless Chromium that prints PDFs lives, and how long a print may take.</summary>
public sealed class PrintingOptions
{
    public const string SectionName = "Printing";

    /// <summary>The Chromium executable; empty: OWLDIGITAL_CHROMIUM, then /usr/bin/chromium.</summary>
    public string? ChromiumPath { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Prints at the same time, at most: each one is a Chromium process of its own.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;

    public string ResolveChromiumPath() =>
        !string.IsNullOrWhiteSpace(ChromiumPath) ? ChromiumPath
        : Environment.GetEnvironmentVariable("OWLDIGITAL_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : "/usr/bin/chromium";
}

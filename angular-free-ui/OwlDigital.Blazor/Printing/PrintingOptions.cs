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

    /// <summary>Prints that may wait for a free slot; beyond them a request is answered with 503 and Retry-After.</summary>
    public int MaxQueuedPrints { get; set; } = 4;

    /// <summary>What a turned-away client is told to wait before trying again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(15);

    public string ResolveChromiumPath() =>
        !string.IsNullOrWhiteSpace(ChromiumPath) ? ChromiumPath
        : Environment.GetEnvironmentVariable("OWLDIGITAL_CHROMIUM") is { Length: > 0 } fromEnvironment ? fromEnvironment
        : "/usr/bin/chromium";
}

using System.Diagnostics;
using Microsoft.Playwright;

namespace OwlDigital.Bench;

/// <summary>
/// The Blazor page load: a signed-in CDO opens the measures page in Chromium, and the time runs
/// until the circuit has taken over and its grid shows the plan (prerendered response, script,
/// WebSocket, circuit start, layout, menu and page data), against the /health floor of the run.
/// </summary>
internal static class PageLoadBenchmarks
{
    public static async Task MeasuresPageAsync(Uri baseAddress, string email, string password, int count, Result health)
    {
        var chromium = Environment.GetEnvironmentVariable("OWLDIGITAL_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Console.WriteLine($"\nBlazor page load skipped: no Chromium at {chromium} (set OWLDIGITAL_CHROMIUM).");
            return;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fportfolio%2Fmeasures");
        await page.Locator("main[data-interactive='true']").WaitForAsync();
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await WhenShownAsync(page);

        var latencies = new double[count];
        for (var i = -3; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await page.GotoAsync("/portfolio/measures");
            await WhenShownAsync(page);
            if (i >= 0)
            {
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        Array.Sort(latencies);
        var load = new Result("Blazor page load /portfolio/measures (circuit, grid shown)", new Measurement(latencies, TimeSpan.FromMilliseconds(latencies.Sum())));
        Console.WriteLine();
        Console.WriteLine($"{load.Name,-62} {load.P50,8:0.000} {load.P95,8:0.000}   (one after another, {count} loads)");
        Console.WriteLine($"ratio {load.Name} / {health.Name}: p50 {load.P50 / health.P50:0.00}x, p95 {load.P95 / health.P95:0.00}x");
    }

    /// <summary>The circuit rendered the page and the grid holds measures.</summary>
    private static async Task WhenShownAsync(IPage page)
    {
        await page.Locator("main[data-interactive='true'] [data-testid='measure-grid'] tr", new() { HasText = "MP " }).First.WaitForAsync(new() { Timeout = 30_000 });
    }
}

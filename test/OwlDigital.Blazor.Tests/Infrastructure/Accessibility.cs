using System.Text.Json;
using Microsoft.Playwright;

namespace OwlDigital.Blazor.Tests.Infrastructure;

/// <summary>Runs axe-core (the accessibility engine, from npm) inside the page Chromium shows.</summary>
public static class Accessibility
{
    public static string? AxeScriptPath { get; } =
        Environment.GetEnvironmentVariable("OWLDIGITAL_AXE") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>
    /// The violations of impact "serious" or "critical" on the page as it is now, each as
    /// "rule: what it means – the first offending elements", for a failure message one can act on.
    /// WCAG 2.1 A and AA rules, the level the BITV 2.0 asks of German public bodies.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page)
    {
        // Evaluated through the DevTools protocol rather than added as a <script>: the app's content
        // security policy rightly refuses inline scripts, and the check must not weaken it.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScriptPath ?? throw new InvalidOperationException("OWLDIGITAL_AXE is not set.")));
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json) ?? [];
    }
}

using Microsoft.Playwright;

namespace OwlDigital.Blazor.Tests.Infrastructure;

public static class PageTestExtensions
{
    /// <summary>Where screenshots go: artifacts/test-output when run by test.sh, else the test's output folder.</summary>
    public static string ArtifactsDirectory { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("OWLDIGITAL_TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "test-output")).FullName;

    /// <summary>A Blazor page renders twice (prerendered, then by the circuit); interact only after the second.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        Assertions.Expect(page.Locator("main[data-interactive='true']")).ToBeVisibleAsync(new() { Timeout = 30_000 });

    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(ArtifactsDirectory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs a browser test and keeps a screenshot when it fails, to see what the user would have seen.</summary>
    public static async Task RunAsync(this IPage page, string name, Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            await page.ScreenshotAsync($"FAILED-{name}");
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

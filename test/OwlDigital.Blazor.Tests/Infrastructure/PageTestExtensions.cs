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

    /// <summary>Signs in through the log-in form, as a person would, and waits for the page behind it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");

        // Typed before the circuit takes over, the text would be replaced by the interactive render.
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
    }

    /// <summary>The text input of a Radzen field, whether the test id sits on the input or on its wrapper.</summary>
    public static ILocator Input(this IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

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

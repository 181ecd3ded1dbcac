using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

/// <summary>
/// Guards the Blazor client-script workaround (STACK.md): after a server restart the open page
/// must come back by itself. A dead circuit looks normal but ignores every click.
/// </summary>
public class ServerRestart_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Page_Should_Work_Again_After_A_Server_Restart_Without_A_Manual_Reload()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Page_Should_Work_Again_After_A_Server_Restart_Without_A_Manual_Reload), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();
            await page.EvaluateAsync("() => { window.owlBeforeRestart = true; }");

            await browser.Host.StopAsync();
            await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            browser.Host.Start();

            // The page reloads itself (the marker is gone) and its circuit serves clicks again.
            await page.WaitForFunctionAsync("() => window.owlBeforeRestart === undefined", null, new() { Timeout = 60_000 });
            await page.WaitForInteractiveAsync();
            await Expect(page.Locator("#components-reconnect-modal")).ToBeHiddenAsync();

            var populationHeader = page.Locator("[data-testid=tenant-grid] th").Filter(new() { HasText = "Einwohner" });
            await populationHeader.ClickAsync();
            await Expect(page.Locator("[data-testid=tenant-grid] tbody tr.rz-data-row td").First).ToHaveTextAsync("Marienmünster, Stadt");
        });
    }
}

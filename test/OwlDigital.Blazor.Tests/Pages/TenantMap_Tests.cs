using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class TenantMap_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Map_Should_Place_Every_Tenant_And_Show_Details_On_Keyboard_Focus()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Map_Should_Place_Every_Tenant_And_Show_Details_On_Keyboard_Focus), async () =>
        {
            await page.GotoAsync("/map");
            await page.WaitForInteractiveAsync();

            var points = page.Locator("[data-testid=tenant-map] g.owl-map-point");
            await Expect(points).ToHaveCountAsync(76);

            // Minden lies north-east of Bielefeld: further right and further up on the map.
            var minden = await points.Locator("xpath=self::*[@data-ags='05770024']").BoundingBoxAsync();
            var bielefeld = await points.Locator("xpath=self::*[@data-ags='05711000']").BoundingBoxAsync();
            minden!.X.ShouldBeGreaterThan(bielefeld!.X);
            minden.Y.ShouldBeLessThan(bielefeld.Y);

            await page.Locator("g[data-ags='05770024']").FocusAsync();
            await Expect(page.Locator("[data-testid=map-selection]")).ToContainTextAsync("Minden, Stadt");
            await Expect(page.Locator("g[data-ags='05770024'] .owl-map-label")).ToBeVisibleAsync();

            // Tab moves on to the next tenant, whose details replace Minden's.
            await page.Keyboard.PressAsync("Tab");
            await Expect(page.Locator("[data-testid=map-selection]")).Not.ToContainTextAsync("Minden, Stadt");
            var focusedAgs = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-ags')");
            focusedAgs.ShouldNotBeNullOrEmpty();

            await page.ScreenshotAsync("tenant-map");
        });
    }

    [Fact]
    public async Task Navigation_Menu_Should_Lead_From_The_List_To_The_Map()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Navigation_Menu_Should_Lead_From_The_List_To_The_Map), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Karte" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/map$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Karte der Mandanten" })).ToBeVisibleAsync();
        });
    }
}

using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class TenantList_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Start_Page_Should_Page_Through_All_76_Tenants_And_Sort_By_Population()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Start_Page_Should_Page_Through_All_76_Tenants_And_Sort_By_Population), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunen und Kreise in OWL" })).ToBeVisibleAsync();
            var rows = page.Locator("[data-testid=tenant-grid] tbody tr.rz-data-row");
            await Expect(page.Locator("[data-testid=tenant-grid]")).ToContainTextAsync("Seite 1 von 4 (76 Einträge)");

            var names = new List<string>();
            for (var pageNumber = 1; pageNumber <= 4; pageNumber++)
            {
                await Expect(page.Locator("[data-testid=tenant-grid]")).ToContainTextAsync($"Seite {pageNumber} von 4");
                await Expect(rows).ToHaveCountAsync(pageNumber < 4 ? 20 : 16);
                names.AddRange(await rows.Locator("td:first-child").AllInnerTextsAsync());
                if (pageNumber < 4)
                {
                    // The pager re-renders before the next page's rows arrive: wait for the rows to change.
                    var firstName = names[^(pageNumber < 4 ? 20 : 16)];
                    await page.Locator(".rz-pager-next").ClickAsync();
                    await Expect(rows.First.Locator("td").First).Not.ToHaveTextAsync(firstName);
                }
            }

            names.Count.ShouldBe(76);
            names.Distinct().Count().ShouldBe(76);

            await page.Locator(".rz-pager-first").ClickAsync();
            await Expect(page.Locator("[data-testid=tenant-grid]")).ToContainTextAsync("Seite 1 von 4");

            // First click sorts ascending, the second descending.
            var populationHeader = page.Locator("[data-testid=tenant-grid] th").Filter(new() { HasText = "Einwohner" });
            await populationHeader.ClickAsync();
            await Expect(rows.First.Locator("[data-testid=population]")).ToHaveTextAsync("4.791"); // Marienmünster, the smallest
            await populationHeader.ClickAsync();
            await Expect(page.Locator("[data-testid=tenant-grid]")).ToContainTextAsync("Seite 1 von 4");
            await Expect(rows.First.Locator("td").First).ToHaveTextAsync("Kreis Gütersloh");
            await Expect(rows.First.Locator("[data-testid=population]")).ToHaveTextAsync("363.982");

            // The largest municipality comes right after the two largest districts.
            await Expect(rows.Nth(2).Locator("td").First).ToHaveTextAsync("Bielefeld, Stadt");
            await Expect(rows.Nth(2).Locator("td").Nth(1)).ToHaveTextAsync("Kreisfreie Stadt");

            await page.ScreenshotAsync("start-page-sorted-by-population");
        });
    }

    [Fact]
    public async Task Search_Should_Filter_The_Grid_On_The_Server()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Search_Should_Filter_The_Grid_On_The_Server), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();

            await page.Locator("[data-testid=tenant-filter]").FillAsync("05766");

            // Kreis Lippe and its 16 municipalities: one page, so no pager.
            var rows = page.Locator("[data-testid=tenant-grid] tbody tr.rz-data-row");
            await Expect(rows).ToHaveCountAsync(17);
            (await rows.Locator("td:nth-child(3)").AllInnerTextsAsync()).ShouldAllBe(district => district == "Kreis Lippe");
        });
    }

    [Fact]
    public async Task Language_Switch_Should_Show_English_Texts_And_Number_Formats()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Language_Switch_Should_Show_English_Texts_And_Number_Formats), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

            // The heading proves the new page is there; only then does its circuit matter.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Municipalities and districts of OWL" })).ToBeVisibleAsync();
            await page.WaitForInteractiveAsync();
            var populationHeader = page.Locator("[data-testid=tenant-grid] th").Filter(new() { HasText = "Population" });
            var firstPopulation = page.Locator("[data-testid=tenant-grid] tbody tr.rz-data-row [data-testid=population]").First;
            await populationHeader.ClickAsync();
            await Expect(firstPopulation).ToHaveTextAsync("4,791");
            await populationHeader.ClickAsync();
            await Expect(firstPopulation).ToHaveTextAsync("363,982");

            await page.GetByRole(AriaRole.Link, new() { Name = "Deutsch" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunen und Kreise in OWL" })).ToBeVisibleAsync();
        });
    }
}

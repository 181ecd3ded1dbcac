using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

/// <summary>
/// What opening a page costs the database, counted in a real browser: the prerendered response
/// and the circuit that takes over, each with the layout, the menu and the page. Each reads the
/// access context once; the layout hands the account to the menu and the page.
/// </summary>
public class PageLoadCost_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Opening_The_Measures_Page_Should_Cost_At_Most_Eight_Statements()
    {
        var hoexter = await browser.TenantIdAsync("05762020");
        var cdo = await browser.CreateAsync("cdo@hoexter-count.browser.test", MembershipRole.TenantAdmin, hoexter);
        await browser.AsUserAsync(cdo, hoexter, async services =>
        {
            var unit = await services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "10", Name = "Hauptamt" });
            for (var m = 1; m <= 30; m++)
            {
                await services.GetRequiredService<IMeasureAppService>().CreateAsync(new SaveMeasureDto
                {
                    Number = $"MP {m:000}", YearReported = "2023", OrgUnitId = unit.Id, Title = $"Maßnahme {m}", Benefits = BenefitCategories.ServiceImprovement,
                });
            }

            return unit;
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Opening_The_Measures_Page_Should_Cost_At_Most_Eight_Statements), async () =>
        {
            // Signed in, the page seen once: what a person opening it again costs is counted.
            await page.SignInAsync("cdo@hoexter-count.browser.test", TestUsers.Password, "/portfolio/measures");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("measure-grid")).ToContainTextAsync("MP 001");

            using var counter = new DatabaseCommandCounter(browser.DatabaseName);
            await page.GotoAsync("/portfolio/measures");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("measure-grid")).ToContainTextAsync("MP 030");
            await Expect(page.GetByTestId("current-context")).ToHaveTextAsync("Höxter, Stadt");
            var count = counter.Count;

            count.ShouldBeLessThanOrEqualTo(8, counter.Describe());
        });
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class OnlineServices_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_Cdo_Adds_A_Service_Found_Through_The_LeiKa_Search_Sets_U_And_Sees_Counts_And_Coverage_Change()
    {
        await CatalogSamples.ImportAsync(browser);
        var guetersloh = await browser.TenantIdAsync("05754008");
        var cdo = await browser.CreateAsync("cdo@guetersloh.browser.test", MembershipRole.TenantAdmin, guetersloh);
        await browser.AsUserAsync(cdo, guetersloh, async services =>
        {
            var orgUnitId = (await services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "2.1", Name = "Bürgerdienste" })).Id;
            await services.GetRequiredService<IReportingAppService>().OpenPeriodAsync(new OpenReportingPeriodDto(new DateOnly(2023, 9, 30)));

            // One service already planned, so the counts have something to move from.
            await services.GetRequiredService<IOnlineServiceAppService>().CreateAsync(new SaveOnlineServiceDto
            {
                Number = "OD 012", OrgUnitId = orgUnitId, Title = "Eheschließung anmelden", Implementation = ImplementationWay.SpecialistProcedure,
                Statuses = [new StatusInputDto(new DateOnly(2023, 9, 30), ServiceStatus.Planned)],
            });
            return true;
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Cdo_Adds_A_Service_Found_Through_The_LeiKa_Search_Sets_U_And_Sees_Counts_And_Coverage_Change), async () =>
        {
            await page.SignInAsync("cdo@guetersloh.browser.test", TestUsers.Password, "/services");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("status-OD 012")).ToHaveTextAsync("P");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Auswertung" }).ClickAsync();
            await Expect(page.GetByTestId("count-U-2023-09")).ToHaveTextAsync("0");
            await Expect(page.GetByTestId("count-P-2023-09")).ToHaveTextAsync("1");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Katalogabdeckung" }).ClickAsync();
            await Expect(page.GetByTestId("coverage-total")).ToContainTextAsync("Online: 0 von 5");

            await page.GetByRole(AriaRole.Tab, new() { Name = "Liste" }).ClickAsync();
            await page.GetByTestId("service-new").ClickAsync();
            await page.GetByTestId("service-number").FillAsync("OD 013");
            await page.GetByTestId("service-title").FillAsync("Einbürgerung beantragen");

            // The search picker: typing part of the word offers the catalogue's candidates.
            // Filled rather than typed key by key: the dialog's first-field focus may land late under
            // load and would take the keystrokes (seen once in a full run); the picker reacts to input either way.
            await page.GetByTestId("leika-search").FillAsync("Einbürg");
            await Expect(page.GetByTestId("service-number")).ToHaveValueAsync("OD 013");
            var candidates = page.GetByTestId("leika-results");
            await Expect(candidates.GetByRole(AriaRole.Button)).ToHaveCountAsync(2);
            await candidates.GetByRole(AriaRole.Button, new() { Name = "99050012000000 · Einbürgerung beantragen (Einbürgerung)" }).ClickAsync();
            await Expect(page.GetByTestId("service-leika")).ToContainTextAsync("99050012000000 Einbürgerung beantragen");

            await page.GetByTestId("service-status-2023-09-30").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "U – umgesetzt" }).ClickAsync();
            await page.ScreenshotAsync("service-dialog");
            await page.GetByTestId("service-save").ClickAsync();

            await Expect(page.GetByTestId("service-message")).ToContainTextAsync("OD 013 wurde gespeichert.");
            await Expect(page.GetByTestId("status-OD 013")).ToHaveTextAsync("U");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Auswertung" }).ClickAsync();
            await Expect(page.GetByTestId("count-U-2023-09")).ToHaveTextAsync("1");
            await Expect(page.GetByTestId("services-identified")).ToContainTextAsync("1 von 2");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Katalogabdeckung" }).ClickAsync();
            await Expect(page.GetByTestId("coverage-total")).ToContainTextAsync("Online: 1 von 5");
            await Expect(page.GetByTestId("coverage-online-Ein- & Auswanderung")).ToHaveTextAsync("1");
            await page.ScreenshotAsync("service-coverage");
        });
    }
}

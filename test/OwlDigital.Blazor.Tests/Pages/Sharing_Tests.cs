using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class Sharing_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_Tenant_Publishes_A_Form_Another_Finds_It_By_LeiKa_Key_And_Adopts_It_And_The_Publisher_Sees_The_Adopter()
    {
        await CatalogSamples.ImportAsync(browser);
        var (minden, bielefeld) = (await browser.TenantIdAsync("05770024"), await browser.TenantIdAsync("05711000"));
        await browser.CreateAsync("cdo@minden.sharing.browser.test", MembershipRole.TenantAdmin, minden);
        var adopter = await browser.CreateAsync("cdo@bielefeld.sharing.browser.test", MembershipRole.TenantAdmin, bielefeld);
        await browser.AsUserAsync(adopter, bielefeld, async services =>
        {
            await services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "0.1", Name = "Bürgerbüro" });
            await services.GetRequiredService<IReportingAppService>().OpenPeriodAsync(new OpenReportingPeriodDto(new DateOnly(2025, 9, 30)));
            return true;
        });

        var publisher = await browser.NewPageAsync();
        string formUrl = string.Empty;
        await publisher.RunAsync(nameof(A_Tenant_Publishes_A_Form_Another_Finds_It_By_LeiKa_Key_And_Adopts_It_And_The_Publisher_Sees_The_Adopter), async () =>
        {
            await publisher.SignInAsync("cdo@minden.sharing.browser.test", TestUsers.Password, "/sharing");
            await publisher.WaitForInteractiveAsync();
            await publisher.GetByTestId("publish-section").Locator("summary").ClickAsync();
            await publisher.GetByTestId("publish-title").FillAsync("Einbürgerungsantrag (Form-Solutions)");
            await publisher.GetByTestId("publish-leika").FillAsync("99050012000000");
            await publisher.GetByTestId("publish-tool").FillAsync("Form-Solutions");
            await publisher.GetByTestId("publish-contact").FillAsync("digitalisierung@minden.example");
            await publisher.GetByTestId("publish-files").SetInputFilesAsync(new FilePayload
            {
                Name = "einbuergerung.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray(),
            });
            await publisher.GetByTestId("publish-submit").ClickAsync();
            await Expect(publisher.GetByTestId("form-title")).ToHaveTextAsync("Einbürgerungsantrag (Form-Solutions)");
            await Expect(publisher.GetByTestId("form-versions")).ToContainTextAsync("einbuergerung.pdf");
            formUrl = publisher.Url;
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Tenant_Publishes_A_Form_Another_Finds_It_By_LeiKa_Key_And_Adopts_It_And_The_Publisher_Sees_The_Adopter) + "-adopter", async () =>
        {
            await page.SignInAsync("cdo@bielefeld.sharing.browser.test", TestUsers.Password, "/sharing");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("library-leika").FillAsync("99050012");
            await page.GetByTestId("library-search").ClickAsync();
            var row = page.GetByTestId("library-form-Einbürgerungsantrag (Form-Solutions)");
            await Expect(row).ToContainTextAsync("Einbürgerung beantragen");
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("adopt-orgunit")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".+"));
            await page.GetByTestId("adopt-submit").ClickAsync();
            await Expect(page.GetByTestId("form-message")).ToContainTextAsync("OD 001");
            await Expect(page.GetByTestId("form-adopted")).ToContainTextAsync("Version 1");
            await page.ScreenshotAsync("sharing-adopted");

            await page.GotoAsync("/services");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("adopted-OD 001")).ToContainTextAsync("übernommen");
            await Expect(page.GetByTestId("status-OD 001")).ToHaveTextAsync("P");
        });

        var check = await browser.NewPageAsync();
        await check.RunAsync(nameof(A_Tenant_Publishes_A_Form_Another_Finds_It_By_LeiKa_Key_And_Adopts_It_And_The_Publisher_Sees_The_Adopter) + "-publisher", async () =>
        {
            await check.SignInAsync("cdo@minden.sharing.browser.test", TestUsers.Password, new Uri(formUrl).PathAndQuery);
            await check.WaitForInteractiveAsync();
            await Expect(check.GetByTestId("form-adopters")).ToContainTextAsync("Bielefeld, Stadt");
            await Expect(check.GetByTestId("form-adopter-count")).ToHaveTextAsync("1");
            await check.ScreenshotAsync("sharing-publisher-sees-adopter");
        });
    }
}

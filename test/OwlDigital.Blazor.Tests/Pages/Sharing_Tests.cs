using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Catalog;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.Sharing;
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
            await Expect(publisher.GetByTestId("publish-file-list")).ToHaveTextAsync("einbuergerung.pdf");
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

    [Fact]
    public async Task A_Cdo_Plans_An_Efa_Service_Sees_Who_In_Owl_Uses_It_And_Their_Interest_Reaches_The_Others()
    {
        var admin = await browser.CreateAsync("admin@efa.sharing.browser.test", MembershipRole.HostAdmin);
        var (minden, hille) = (await browser.TenantIdAsync("05770024"), await browser.TenantIdAsync("05770012"));
        var mindenCdo = await browser.CreateAsync("cdo@minden.efa.browser.test", MembershipRole.TenantAdmin, minden);
        await browser.CreateAsync("cdo@hille.efa.browser.test", MembershipRole.TenantAdmin, hille);
        var efa = await browser.AsUserAsync(admin, null, services => services.GetRequiredService<ICatalogAppService>()
            .CreateEfaServiceAsync(new SaveEfaServiceDto("Wohngeld digital", null, "Nordrhein-Westfalen", EfaStatus.Available)));
        await browser.AsUserAsync(mindenCdo, minden, services => services.GetRequiredService<IEfaPlanAppService>()
            .SavePlanAsync(efa.Id, new SaveEfaPlanDto(EfaPlanState.InUse, null, null, null, "digital@minden.example", true, null)));

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Cdo_Plans_An_Efa_Service_Sees_Who_In_Owl_Uses_It_And_Their_Interest_Reaches_The_Others), async () =>
        {
            await page.SignInAsync("cdo@hille.efa.browser.test", TestUsers.Password, "/sharing/efa");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("efa-service").SelectOptionAsync(new SelectOptionValue { Label = "Wohngeld digital (Nordrhein-Westfalen)" });
            await Expect(page.GetByTestId("efa-region")).ToContainTextAsync("Minden, Stadt");
            await page.GetByTestId("efa-state").SelectOptionAsync(new SelectOptionValue { Label = "geplant" });
            await page.GetByTestId("efa-save").ClickAsync();
            await Expect(page.GetByTestId("efa-error")).ToContainTextAsync("Datum");
            await page.GetByTestId("efa-date").FillAsync("2026-10-01");
            await page.GetByTestId("efa-save").ClickAsync();
            await Expect(page.GetByTestId("efa-message")).ToContainTextAsync("geplant");
            await Expect(page.GetByTestId("efa-region")).ToContainTextAsync("Hille");
            await Expect(page.GetByTestId("efa-map").Locator("[data-ags='05770024']")).ToHaveAttributeAsync("data-answer", "InUse");
            await Expect(page.GetByTestId("efa-map").Locator("[data-ags='05770012']")).ToHaveAttributeAsync("data-answer", "Planned");
            await page.GetByTestId("efa-interest").ClickAsync();
            await Expect(page.GetByTestId("efa-message")).ToContainTextAsync("benachrichtigt");
            await page.ScreenshotAsync("sharing-efa");
        });

        var other = await browser.NewPageAsync();
        await other.RunAsync(nameof(A_Cdo_Plans_An_Efa_Service_Sees_Who_In_Owl_Uses_It_And_Their_Interest_Reaches_The_Others) + "-notified", async () =>
        {
            await other.SignInAsync("cdo@minden.efa.browser.test", TestUsers.Password, "/notifications");
            await other.WaitForInteractiveAsync();
            await Expect(other.GetByTestId("notifications")).ToContainTextAsync("Hille möchte sich dem EfA-Dienst „Wohngeld digital“ anschließen.");
        });
    }

    [AxeFact]
    public async Task The_Sharing_Pages_Should_Have_No_Serious_Or_Critical_Accessibility_Violations()
    {
        var admin = await browser.CreateAsync("admin@axe.sharing.browser.test", MembershipRole.HostAdmin);
        var (herford, buende) = (await browser.TenantIdAsync("05758012"), await browser.TenantIdAsync("05758004"));
        var publisher = await browser.CreateAsync("cdo@herford.axe.browser.test", MembershipRole.TenantAdmin, herford);
        await browser.CreateAsync("cdo@buende.axe.browser.test", MembershipRole.TenantAdmin, buende);
        var efa = await browser.AsUserAsync(admin, null, services => services.GetRequiredService<ICatalogAppService>()
            .CreateEfaServiceAsync(new SaveEfaServiceDto("Digitaler Bauantrag", null, "Mecklenburg-Vorpommern", EfaStatus.Available)));
        var form = await browser.AsUserAsync(publisher, herford, async services =>
        {
            await services.GetRequiredService<IEfaPlanAppService>().SavePlanAsync(efa.Id, new SaveEfaPlanDto(EfaPlanState.InUse, null, null, null, "digital@herford.example", true, null));
            return await services.GetRequiredService<ISharedFormAppService>().PublishAsync(new PublishFormDto(
                "Gewerbeanmeldung", null, null, "Form-Solutions", "5.1", null, "Mit Prüfregeln für die Steuernummer.", "frei nachnutzbar", "digital@herford.example",
                SharingVisibility.District, null, [new UploadedFileDto("gewerbe.pdf", "%PDF-1.7\n%%EOF\n"u8.ToArray())]));
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(The_Sharing_Pages_Should_Have_No_Serious_Or_Critical_Accessibility_Violations), async () =>
        {
            await page.SignInAsync("cdo@buende.axe.browser.test", TestUsers.Password, "/sharing");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("publish-section").Locator("summary").ClickAsync();
            await Expect(page.GetByTestId("library-form-Gewerbeanmeldung")).ToBeVisibleAsync();
            var library = await page.SeriousViolationsAsync();

            await page.GotoAsync($"/sharing/forms/{form.Id}");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("form-title")).ToHaveTextAsync("Gewerbeanmeldung");
            var formPage = await page.SeriousViolationsAsync();

            await page.GotoAsync("/sharing/efa");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("efa-service").SelectOptionAsync(new SelectOptionValue { Label = "Digitaler Bauantrag (Mecklenburg-Vorpommern)" });
            await Expect(page.GetByTestId("efa-region")).ToContainTextAsync("Herford");
            var efaPage = await page.SeriousViolationsAsync();

            library.Concat(formPage).Concat(efaPage).ShouldBeEmpty(string.Join(Environment.NewLine, library.Select(v => "library: " + v)
                .Concat(formPage.Select(v => "form: " + v)).Concat(efaPage.Select(v => "EfA: " + v))));
        });
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class Portfolio_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_Editor_Enters_Progress_The_Admin_Closes_The_Round_And_The_Report_Counts_It()
    {
        var paderborn = await browser.TenantIdAsync("05774032");
        var cdo = await browser.CreateAsync("cdo@paderborn.browser.test", MembershipRole.TenantAdmin, paderborn);
        await browser.CreateAsync("lotse@paderborn.browser.test", MembershipRole.TenantEditor, paderborn);
        await SeedPlanAsync(cdo, paderborn);

        var editor = await browser.NewPageAsync();
        await editor.RunAsync(nameof(An_Editor_Enters_Progress_The_Admin_Closes_The_Round_And_The_Report_Counts_It), async () =>
        {
            await editor.SignInAsync("lotse@paderborn.browser.test", TestUsers.Password, "/portfolio/progress");
            await editor.WaitForInteractiveAsync();
            await Expect(editor.GetByTestId("progress-count")).ToHaveTextAsync("0 von 3 Maßnahmen gemeldet");

            // Keyboard only: type, Tab to the next measure, Enter saves.
            await editor.GetByTestId("progress-MP 101").FillAsync("9");
            await editor.Keyboard.PressAsync("Tab");
            await editor.Keyboard.TypeAsync("5");
            await editor.Keyboard.PressAsync("Tab");
            await editor.Keyboard.TypeAsync("x");
            await editor.Keyboard.PressAsync("Enter");
            await Expect(editor.GetByTestId("progress-error")).ToContainTextAsync("MP 103");
            await Expect(editor.GetByTestId("progress-count")).ToHaveTextAsync("0 von 3 Maßnahmen gemeldet");

            await editor.GetByTestId("progress-MP 103").FillAsync("2");
            await editor.GetByTestId("progress-MP 103").PressAsync("Enter");
            await Expect(editor.GetByTestId("progress-message")).ToContainTextAsync("3 Werte gespeichert.");
            await Expect(editor.GetByTestId("progress-count")).ToHaveTextAsync("3 von 3 Maßnahmen gemeldet");
            await editor.ScreenshotAsync("progress-sheet");
            await Expect(editor.GetByTestId("progress-close")).ToHaveCountAsync(0);
        });

        var admin = await browser.NewPageAsync();
        await admin.RunAsync(nameof(An_Editor_Enters_Progress_The_Admin_Closes_The_Round_And_The_Report_Counts_It) + "-admin", async () =>
        {
            await admin.SignInAsync("cdo@paderborn.browser.test", TestUsers.Password, "/portfolio/progress");
            await admin.WaitForInteractiveAsync();
            await admin.GetByTestId("progress-close").ClickAsync();
            await Expect(admin.GetByTestId("progress-state")).ToHaveTextAsync("Abgeschlossen");
            await Expect(admin.GetByTestId("progress-MP 101")).ToBeDisabledAsync();

            await admin.GetByRole(AriaRole.Link, new() { Name = "Bericht" }).ClickAsync();
            await admin.WaitForInteractiveAsync();
            var counts = admin.GetByTestId("report-counts");
            await Expect(counts.Locator("tr[data-status=P] td").Last).ToHaveTextAsync("1");
            await Expect(counts.Locator("tr[data-status=E] td").Last).ToHaveTextAsync("1");
            await Expect(counts.Locator("tr[data-status=U] td").Last).ToHaveTextAsync("1");
            await Expect(counts.Locator("tr[data-status=total] td").Last).ToHaveTextAsync("3");
            await Expect(admin.GetByTestId("report-sums").Locator("tr[data-status=total] td").Last).ToHaveTextAsync("16");
            await Expect(admin.GetByTestId("report-newly-implemented")).ToContainTextAsync("MP 101");
            await admin.ScreenshotAsync("council-report");
        });
    }

    private Task SeedPlanAsync(Users.OwlUser cdo, Guid tenantId) =>
        browser.AsUserAsync(cdo, tenantId, async services =>
        {
            var orgUnitId = (await services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "1.1", Name = "Kultur und Sport" })).Id;
            var measures = services.GetRequiredService<IMeasureAppService>();
            foreach (var number in new[] { "MP 101", "MP 102", "MP 103" })
            {
                await measures.CreateAsync(new SaveMeasureDto
                {
                    Number = number, YearReported = "2023", OrgUnitId = orgUnitId, Title = $"Vorhaben {number}", Benefits = BenefitCategories.ServiceImprovement,
                });
            }

            await services.GetRequiredService<IReportingAppService>().OpenPeriodAsync(new OpenReportingPeriodDto(new DateOnly(2024, 9, 30)));
            return true;
        });
}

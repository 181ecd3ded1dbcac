using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class Profile_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_Cdo_Answers_Chapters_Gets_An_Implausible_Share_Refused_And_Reads_An_Earlier_Version()
    {
        var hoexter = await browser.TenantIdAsync("05762020");
        await browser.CreateAsync("cdo@hoexter.profile.test", MembershipRole.TenantAdmin, hoexter);
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Cdo_Answers_Chapters_Gets_An_Implausible_Share_Refused_And_Reads_An_Earlier_Version), async () =>
        {
            await page.SignInAsync("cdo@hoexter.profile.test", TestUsers.Password, "/profile");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("chapter-DocumentManagement").ClickAsync();
            await page.GetByLabel("Setzen Sie ein Dokumentenmanagementsystem (DMS) ein?").SelectOptionAsync(new SelectOptionValue { Label = "im Einsatz" });
            var share = page.GetByLabel("Wie viel Prozent der Bildschirmarbeitsplätze sind an das DMS angeschlossen?");
            await share.FillAsync("101");
            await page.GetByTestId("profile-save").ClickAsync();
            await Expect(page.GetByTestId("profile-error")).ToContainTextAsync("101 %");

            await share.FillAsync("60");
            await share.PressAsync("Enter");
            await Expect(page.GetByTestId("profile-message")).ToContainTextAsync("Kapitel „DMS und E-Akte“ gespeichert (Version 1).");

            // Saving moves on to the next chapter.
            await page.GetByLabel("Nutzen Sie LoRaWAN?").SelectOptionAsync(new SelectOptionValue { Label = "geplant" });
            await page.GetByTestId("profile-save").ClickAsync();
            await Expect(page.GetByTestId("profile-message")).ToContainTextAsync("(Version 2)");
            await Expect(page.GetByTestId("profile-history").Locator("li")).ToHaveCountAsync(2);

            await page.GetByTestId("show-version-1").ClickAsync();
            await Expect(page.GetByTestId("profile-viewing")).ToContainTextAsync("Version 1");
            await page.GetByTestId("chapter-LoRaWan").ClickAsync();
            await Expect(page.GetByLabel("Nutzen Sie LoRaWAN?")).ToHaveValueAsync(string.Empty);
            await page.GetByTestId("chapter-DocumentManagement").ClickAsync();
            await Expect(share).ToHaveValueAsync("60");
            await Expect(share).ToBeDisabledAsync();
            await page.ScreenshotAsync("profile-history");
        });
    }
}

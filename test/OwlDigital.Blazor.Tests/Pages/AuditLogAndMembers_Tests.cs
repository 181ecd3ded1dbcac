using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class AuditLogAndMembers_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_Cdo_Should_Invite_A_Member_And_Find_It_In_The_Audit_Log()
    {
        await browser.CreateAsync("cdo@bielefeld.browser.test", MembershipRole.TenantAdmin, await browser.TenantIdAsync("05711000"));
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Cdo_Should_Invite_A_Member_And_Find_It_In_The_Audit_Log), async () =>
        {
            await page.SignInAsync("cdo@bielefeld.browser.test", TestUsers.Password, "/members");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("member-grid")).ToContainTextAsync("cdo@bielefeld.browser.test");

            await page.GetByTestId("member-email").FillAsync("lotse@bielefeld.browser.test");
            await page.GetByTestId("member-name").FillAsync("Lotse Bielefeld");
            await page.GetByTestId("member-invite").ClickAsync();
            await Expect(page.GetByTestId("member-message")).ToContainTextAsync("lotse@bielefeld.browser.test wurde als");
            await Expect(page.GetByTestId("member-grid")).ToContainTextAsync("Lotse Bielefeld");

            await page.GetByRole(AriaRole.Link, new() { Name = "Protokoll" }).ClickAsync();
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Änderungsprotokoll" })).ToBeVisibleAsync();
            var membershipRow = page.GetByTestId("audit-grid").Locator("tr", new() { HasText = "Membership" }).First;
            await Expect(membershipRow).ToContainTextAsync("Angelegt");
            await Expect(membershipRow).ToContainTextAsync("TenantEditor");
            await Expect(page.GetByTestId("audit-export")).ToHaveAttributeAsync("href", "/api/audit-log/export");
            await page.ScreenshotAsync("audit-log-tenant");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("audit-export").ClickAsync());
            var csv = await File.ReadAllTextAsync(await download.PathAsync());
            csv.ShouldContain("Zeitpunkt;Mandant;Benutzer;Aktion;Objektart;Kennung;Änderungen");
            csv.ShouldContain("Membership");
        });
    }
}

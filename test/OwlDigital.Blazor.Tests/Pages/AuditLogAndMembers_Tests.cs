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

    [Fact]
    public async Task An_Invited_Person_Should_Join_Only_By_Accepting_On_Their_Invitations_Page()
    {
        await browser.CreateAsync("cdo-invites@bielefeld.browser.test", MembershipRole.TenantAdmin, await browser.TenantIdAsync("05711000"));
        await browser.CreateAsync("pilotin@minden.browser.test", MembershipRole.TenantViewer, await browser.TenantIdAsync("05770024"));
        var cdo = await browser.NewPageAsync();
        await cdo.RunAsync(nameof(An_Invited_Person_Should_Join_Only_By_Accepting_On_Their_Invitations_Page) + "-cdo", async () =>
        {
            await cdo.SignInAsync("cdo-invites@bielefeld.browser.test", TestUsers.Password, "/members");
            await cdo.WaitForInteractiveAsync();
            await cdo.GetByTestId("member-email").FillAsync("pilotin@minden.browser.test");
            await cdo.GetByTestId("member-name").FillAsync("Pilotin");
            await cdo.GetByTestId("member-invite").ClickAsync();
            await Expect(cdo.GetByTestId("member-message")).ToContainTextAsync("erst, wenn sie zustimmt");
            await Expect(cdo.GetByTestId("member-grid").Locator("tr", new() { HasText = "pilotin@minden.browser.test" })).ToContainTextAsync("Einladung offen");
        });

        var invitee = await browser.NewPageAsync();
        await invitee.RunAsync(nameof(An_Invited_Person_Should_Join_Only_By_Accepting_On_Their_Invitations_Page) + "-invitee", async () =>
        {
            await invitee.SignInAsync("pilotin@minden.browser.test", TestUsers.Password, "/account/invitations");
            await invitee.WaitForInteractiveAsync();
            await Expect(invitee.GetByTestId("invitation")).ToContainTextAsync("„Bielefeld, Stadt“ lädt Sie ein");
            await invitee.GetByTestId("invitation-accept").ClickAsync();
            await Expect(invitee.GetByTestId("invitation-message")).ToContainTextAsync("Sie arbeiten jetzt auch in „Bielefeld, Stadt“");
            await Expect(invitee.GetByTestId("invitations-none")).ToBeVisibleAsync();
            await invitee.ScreenshotAsync("invitations-accepted");
        });

        var cdoAfterwards = await browser.NewPageAsync();
        await cdoAfterwards.RunAsync(nameof(An_Invited_Person_Should_Join_Only_By_Accepting_On_Their_Invitations_Page) + "-cdo-afterwards", async () =>
        {
            await cdoAfterwards.SignInAsync("cdo-invites@bielefeld.browser.test", TestUsers.Password, "/members");
            await cdoAfterwards.WaitForInteractiveAsync();
            var row = cdoAfterwards.GetByTestId("member-grid").Locator("tr", new() { HasText = "pilotin@minden.browser.test" });
            await Expect(row).ToBeVisibleAsync();
            await Expect(row.GetByTestId("member-pending")).ToHaveCountAsync(0);
        });
    }
}

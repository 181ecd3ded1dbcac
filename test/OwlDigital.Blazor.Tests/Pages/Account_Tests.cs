using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class Account_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_User_Should_Switch_On_Two_Step_Sign_In_And_Then_Need_The_Code()
    {
        await browser.CreateAsync("zwei@minden.browser.test", MembershipRole.TenantAdmin, await browser.TenantIdAsync("05770024"));
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_User_Should_Switch_On_Two_Step_Sign_In_And_Then_Need_The_Code), async () =>
        {
            await page.SignInAsync("zwei@minden.browser.test", TestUsers.Password, "/account/manage");
            await page.WaitForInteractiveAsync();
            var key = await page.GetByTestId("two-factor-key").InnerTextAsync();
            await page.GetByTestId("two-factor-code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
            await page.GetByTestId("two-factor-enable").ClickAsync();
            await Expect(page.GetByTestId("two-factor-on")).ToBeVisibleAsync();
            await page.GetByTestId("logout").ClickAsync();
            await page.WaitForInteractiveAsync();

            await page.SignInAsync("zwei@minden.browser.test", TestUsers.Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bestätigungscode" })).ToBeVisibleAsync();
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("Code aus der Authenticator-App").FillAsync("000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Der Code stimmt nicht.");
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("Code aus der Authenticator-App").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();

            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("current-context")).ToHaveTextAsync("Minden, Stadt");
        });
    }

    [Fact]
    public async Task A_Forgotten_Password_Should_Be_Replaced_Through_The_Mailed_Link()
    {
        await browser.CreateAsync("vergessen@minden.browser.test", MembershipRole.TenantEditor, await browser.TenantIdAsync("05770024"));
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Forgotten_Password_Should_Be_Replaced_Through_The_Mailed_Link), async () =>
        {
            await page.GotoAsync("/account/login");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("forgot-password").ClickAsync();
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("forgot-email").FillAsync("vergessen@minden.browser.test");
            await page.GetByTestId("forgot-submit").ClickAsync();
            await Expect(page.GetByTestId("forgot-password-sent")).ToBeVisibleAsync();

            await page.GotoAsync(Web.TestBase.TestMails.SetPasswordLink(browser.Host.Factory!, "vergessen@minden.browser.test"));
            await page.WaitForInteractiveAsync();
            await page.Input("reset-password").FillAsync("kurz");
            await page.Input("reset-repeat").FillAsync("kurz");
            await page.GetByTestId("reset-submit").ClickAsync();
            await Expect(page.GetByTestId("reset-error")).ToContainTextAsync("mindestens 12 Zeichen");

            await page.Input("reset-password").FillAsync("Wieder-Gefunden-2026");
            await page.Input("reset-repeat").FillAsync("Wieder-Gefunden-2026");
            await page.GetByTestId("reset-submit").ClickAsync();
            await Expect(page.GetByTestId("reset-done")).ToBeVisibleAsync();
            await page.SignInAsync("vergessen@minden.browser.test", "Wieder-Gefunden-2026");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("vergessen@minden.browser.test");
        });
    }
}

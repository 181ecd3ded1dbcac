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
            await Expect(page.GetByTestId("two-factor-qr")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^data:image/svg\\+xml;base64,"));
            (await page.GetByTestId("two-factor-qr").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBeGreaterThan(0, "the QR code is an image the browser can draw");

            // Each code is accepted once: switch on with the previous step's code, sign in with this step's.
            var step = await Totp.FreshStepAsync();
            await page.GetByTestId("two-factor-code").FillAsync(Totp.Code(key, step.AddSeconds(-30)));
            await page.GetByTestId("two-factor-enable").ClickAsync();
            await Expect(page.GetByTestId("two-factor-on")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
            await page.GetByTestId("logout").ClickAsync();
            await page.WaitForInteractiveAsync();

            await page.SignInAsync("zwei@minden.browser.test", TestUsers.Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bestätigungscode" })).ToBeVisibleAsync();
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("Code aus der Authenticator-App").FillAsync("000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("Der Code stimmt nicht.");
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("Code aus der Authenticator-App").FillAsync(Totp.Code(key, step));
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();

            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("current-context")).ToHaveTextAsync("Minden, Stadt");
        });
    }

    [Fact]
    public async Task Changing_The_Password_Should_Ask_Twice_And_End_The_Old_Session()
    {
        await browser.CreateAsync("neu@minden.browser.test", MembershipRole.TenantEditor, await browser.TenantIdAsync("05770024"));
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Changing_The_Password_Should_Ask_Twice_And_End_The_Old_Session), async () =>
        {
            await page.SignInAsync("neu@minden.browser.test", TestUsers.Password, "/account/manage");
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("Bisheriges Passwort").FillAsync(TestUsers.Password);
            await page.Input("new-password").FillAsync("Mein-Neues-Passwort-5");
            await page.Input("repeat-password").FillAsync("Mein-Neues-Passwort-6");
            await page.GetByRole(AriaRole.Button, new() { Name = "Passwort ändern" }).ClickAsync();
            await Expect(page.GetByTestId("password-error")).ToContainTextAsync("stimmen nicht überein");

            await page.Input("repeat-password").FillAsync("Mein-Neues-Passwort-5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Passwort ändern" }).ClickAsync();
            await Expect(page.GetByTestId("password-changed")).ToBeVisibleAsync();

            // The session signed in with the old password is over at the next page load.
            await page.GotoAsync("/account/manage");
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
            await page.SignInAsync("neu@minden.browser.test", "Mein-Neues-Passwort-5");
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

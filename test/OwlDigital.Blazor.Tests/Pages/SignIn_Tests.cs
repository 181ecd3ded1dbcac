using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class SignIn_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Cdo_Should_Sign_In_See_Their_Tenant_Not_Switch_To_A_Foreign_One_And_Sign_Out()
    {
        var minden = await browser.TenantIdAsync("05770024");
        var bielefeld = await browser.TenantIdAsync("05711000");
        await browser.CreateAsync("cdo@minden.browser.test", MembershipRole.TenantAdmin, minden);

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Cdo_Should_Sign_In_See_Their_Tenant_Not_Switch_To_A_Foreign_One_And_Sign_Out), async () =>
        {
            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("login-link").ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anmelden" })).ToBeVisibleAsync();
            await page.GetByLabel("E-Mail-Adresse").FillAsync("cdo@minden.browser.test");
            await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync(TestUsers.Password);
            await page.GetByLabel("Passwort", new() { Exact = true }).PressAsync("Enter");

            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("current-context")).ToHaveTextAsync("Minden, Stadt");
            await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("cdo@minden.browser.test");

            // The switcher offers only the user's own tenants.
            var options = await page.GetByTestId("tenant-switch").Locator("option").AllInnerTextsAsync();
            options.ShouldBe(["Minden, Stadt (CDO / Administration)"], "the switcher names the role in each tenant");
            await page.ScreenshotAsync("signed-in-cdo");

            // Forcing a foreign tenant into the form is refused, and the user stays in Minden.
            await page.EvaluateAsync(
                "id => { const select = document.querySelector('[data-testid=tenant-switch]'); select.options[0].value = id; }",
                bielefeld.ToString());
            await page.GetByTestId("tenant-switch-submit").ClickAsync();
            await Expect(page.GetByTestId("access-denied")).ToContainTextAsync("nicht Mitglied");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("current-context")).ToHaveTextAsync("Minden, Stadt");

            await page.GetByTestId("logout").ClickAsync();
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("login-link")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("current-context")).ToHaveTextAsync("Ostwestfalen-Lippe");
        });
    }

    [Fact]
    public async Task Wrong_Password_Should_Show_A_Clear_Message_And_Keep_The_Email()
    {
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Wrong_Password_Should_Show_A_Clear_Message_And_Keep_The_Email), async () =>
        {
            await page.GotoAsync("/account/login");
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("E-Mail-Adresse").FillAsync("nobody@owl.test");
            await page.GetByLabel("Passwort", new() { Exact = true }).FillAsync("Falsches-Passwort-1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();

            await Expect(page.GetByTestId("login-error")).ToContainTextAsync("E-Mail-Adresse oder Passwort ist falsch.");
            await Expect(page.GetByLabel("E-Mail-Adresse")).ToHaveValueAsync("nobody@owl.test");
        });
    }
}

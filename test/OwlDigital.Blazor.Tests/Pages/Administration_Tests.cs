using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class Administration_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Host_Admin_Should_Invite_A_Person_Who_Then_Sets_A_Password_And_Works_In_The_Tenant()
    {
        await browser.CreateAsync("admin@browser.test", MembershipRole.HostAdmin);
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Host_Admin_Should_Invite_A_Person_Who_Then_Sets_A_Password_And_Works_In_The_Tenant), async () =>
        {
            await page.SignInAsync("admin@browser.test", TestUsers.Password, "/admin/users");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Benutzer und Rollen" })).ToBeVisibleAsync();

            await page.GetByTestId("invite-user").ClickAsync();
            await page.GetByTestId("invite-email").FillAsync("lotsin@paderborn.browser.test");
            await page.GetByTestId("invite-name").FillAsync("Lotsin Paderborn");
            await page.GetByTestId("invite-tenant").ClickAsync();
            await page.Locator(".rz-dropdown-filter").FillAsync("Paderborn, Stadt");
            await page.GetByRole(AriaRole.Option, new() { Name = "Paderborn, Stadt" }).ClickAsync();
            await page.GetByTestId("membership-save").ClickAsync();

            await Expect(page.GetByTestId("user-message")).ToContainTextAsync("lotsin@paderborn.browser.test wurde eingeladen.");
            await Expect(page.GetByTestId("roles-lotsin@paderborn.browser.test")).ToContainTextAsync("Bearbeitung (KoSt, Lots*innen) – Paderborn, Stadt");
            await page.ScreenshotAsync("admin-users-invited");

            // The invited person follows the link in the mail, in a browser of their own.
            var link = browser.Host.Factory!.SetPasswordLink("lotsin@paderborn.browser.test");
            var invitee = await browser.NewPageAsync();
            await invitee.GotoAsync(link);
            await invitee.WaitForInteractiveAsync();
            await Expect(invitee.GetByRole(AriaRole.Heading, new() { Name = "Passwort festlegen" })).ToBeVisibleAsync();
            await invitee.Input("reset-password").FillAsync("Paderborn-Lotsin-2026");
            await invitee.Input("reset-repeat").FillAsync("Paderborn-Lotsin-2026");
            await invitee.GetByTestId("reset-submit").ClickAsync();
            await Expect(invitee.GetByTestId("reset-done")).ToBeVisibleAsync();

            await invitee.SignInAsync("lotsin@paderborn.browser.test", "Paderborn-Lotsin-2026");
            await invitee.WaitForInteractiveAsync();
            await Expect(invitee.GetByTestId("current-context")).ToHaveTextAsync("Paderborn, Stadt");
            await invitee.Context.CloseAsync();
        });
    }

    [Fact]
    public async Task Typing_Into_The_Second_Field_Of_A_Dialog_Right_After_It_Opens_Should_Stay_In_That_Field()
    {
        // Radzen moves the focus to a dialog's first field half a second after opening; a quick
        // person who already typed into the second field must not see the rest of their text
        // land in the first one (a flaky run of the invitation test showed exactly that).
        await browser.CreateAsync("quick-admin@browser.test", MembershipRole.HostAdmin);
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Typing_Into_The_Second_Field_Of_A_Dialog_Right_After_It_Opens_Should_Stay_In_That_Field), async () =>
        {
            await page.SignInAsync("quick-admin@browser.test", TestUsers.Password, "/admin/users");
            await page.WaitForInteractiveAsync();

            await page.GetByTestId("invite-user").ClickAsync();
            var name = page.GetByTestId("invite-name");
            await name.ClickAsync();
            await name.PressSequentiallyAsync("Schnelle Lotsin aus Paderborn", new() { Delay = 60 });

            await Expect(name).ToHaveValueAsync("Schnelle Lotsin aus Paderborn");
            await Expect(page.GetByTestId("invite-email")).ToHaveValueAsync(string.Empty);
            await Expect(name).ToBeFocusedAsync();
        });
    }

    [Fact]
    public async Task Host_Admin_Should_Deactivate_A_Tenant_And_Switch_Its_Features()
    {
        await browser.CreateAsync("tenant-admin@browser.test", MembershipRole.HostAdmin);
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(Host_Admin_Should_Deactivate_A_Tenant_And_Switch_Its_Features), async () =>
        {
            await page.SignInAsync("tenant-admin@browser.test", TestUsers.Password, "/admin/tenants");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("admin-tenant-filter").FillAsync("Höxter");
            await page.GetByTestId("edit-05762020").ClickAsync();

            await page.Input("tenant-population").FillAsync("28500");
            await page.GetByTestId("tenant-active").ClickAsync();
            await page.GetByTestId("feature-LoRaWan").UncheckAsync();
            await page.GetByTestId("feature-PublicPage").CheckAsync();
            await page.GetByTestId("tenant-save").ClickAsync();

            await Expect(page.GetByTestId("admin-tenant-message")).ToContainTextAsync("Höxter, Stadt wurde gespeichert.");
            var row = page.GetByTestId("admin-tenant-grid").Locator("tr", new() { HasText = "Höxter, Stadt" });
            await Expect(row).ToContainTextAsync("Deaktiviert");
            await Expect(row).ToContainTextAsync("28.500");
            await Expect(row).ToContainTextAsync("Datenplattform, Öffentliche Seite");
            await page.ScreenshotAsync("admin-tenants-saved");
        });
    }

    [Fact]
    public async Task A_Partial_Catalogue_File_Should_Retire_Only_After_Both_Boxes_Under_The_List_Are_Ticked()
    {
        var admin = await browser.CreateAsync("catalog-admin@owl.browser.test", MembershipRole.HostAdmin);
        await browser.AsUserAsync(admin, null, async services =>
        {
            var imports = services.GetRequiredService<OwlDigital.Catalog.ICatalogImportAppService>();
            var all = new OwlDigital.Catalog.CatalogImportOptions(RetireMissing: true, Force: true);
            await imports.ImportAsync(CatalogSamples.Bytes(CatalogSamples.OzgServices), all);
            return await imports.ImportAsync(CatalogSamples.Bytes(CatalogSamples.LeiKaServices), all);
        });
        var kept = CatalogSamples.LeiKaServices.Split('\n').Where(l => l.StartsWith("leika_schluessel", StringComparison.Ordinal)
            || l.StartsWith("99001001000000", StringComparison.Ordinal) || l.StartsWith("99102001000000", StringComparison.Ordinal));
        var partial = CatalogSamples.Bytes(string.Join('\n', kept) + "\n");
        async Task<int> RetiredAsync() => (await browser.AsUserAsync(admin, null, services =>
            services.GetRequiredService<OwlDigital.Catalog.ICatalogAppService>().GetSummaryAsync())).RetiredEntries;
        var before = await RetiredAsync();

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Partial_Catalogue_File_Should_Retire_Only_After_Both_Boxes_Under_The_List_Are_Ticked), async () =>
        {
            await page.SignInAsync("catalog-admin@owl.browser.test", TestUsers.Password, "/admin/catalog");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("catalog-import-open").ClickAsync();
            await Expect(page.GetByTestId("import-file-zone")).ToHaveAttributeAsync("data-ready", "true");
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "leika-teil.csv", MimeType = "text/csv", Buffer = partial });

            var confirmation = page.GetByTestId("import-confirmation");
            await Expect(confirmation).ToContainTextAsync("5 der 7 aktuellen Einträge");
            await Expect(confirmation.Locator("li", new() { HasText = "99050012000000 – Einbürgerung beantragen" })).ToBeVisibleAsync();
            await page.GetByText("Ja, diese 5 Einträge stilllegen").ClickAsync();
            await page.GetByText("Ich habe geprüft, dass die Datei vollständig ist").ClickAsync();
            await page.GetByTestId("import-commit").ClickAsync();

            await Expect(page.GetByTestId("catalog-message")).ToContainTextAsync("5 nicht mehr aufgeführte Einträge stillgelegt.");
        });

        (await RetiredAsync()).ShouldBe(before + 5, "retired as ticked");
    }

    [Fact]
    public async Task An_Editor_Should_Be_Refused_The_Administration_Pages()
    {
        await browser.CreateAsync("editor@minden.browser.test", MembershipRole.TenantEditor, await browser.TenantIdAsync("05770024"));
        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(An_Editor_Should_Be_Refused_The_Administration_Pages), async () =>
        {
            await page.SignInAsync("editor@minden.browser.test", TestUsers.Password, "/admin/users");

            await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Benutzer" })).ToHaveCountAsync(0);
        });
    }
}

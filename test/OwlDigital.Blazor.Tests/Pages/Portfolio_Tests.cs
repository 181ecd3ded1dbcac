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

    [Fact]
    public async Task A_Visitor_Should_Read_A_Published_Plan_Without_Signing_In()
    {
        var hoexter = await browser.TenantIdAsync("05762020");
        var cdo = await browser.CreateAsync("cdo@hoexter.browser.test", MembershipRole.TenantAdmin, hoexter);
        var admin = await browser.CreateAsync("admin@public.browser.test", MembershipRole.HostAdmin);
        await SeedPlanAsync(cdo, hoexter);
        await browser.AsUserAsync(cdo, hoexter, async services =>
        {
            var reporting = services.GetRequiredService<IReportingAppService>();
            var period = (await reporting.GetPeriodsAsync()).Single();
            var sheet = await reporting.GetProgressSheetAsync(period.Id);
            await reporting.SaveProgressAsync(period.Id, new SaveProgressDto(sheet.Rows.Select(r => new ProgressInputDto(r.MeasureId, "4", r.ConcurrencyStamp)).ToList()));
            return await reporting.ClosePeriodAsync(period.Id);
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Visitor_Should_Read_A_Published_Plan_Without_Signing_In), async () =>
        {
            await page.GotoAsync("/public/05762020");
            await Expect(page.GetByTestId("public-not-found")).ToBeVisibleAsync();

            await browser.AsUserAsync(admin, null, async services =>
            {
                var tenants = services.GetRequiredService<Tenants.ITenantAppService>();
                var tenant = await tenants.GetAsync(hoexter);
                return await tenants.UpdateFeaturesAsync(hoexter, new Tenants.UpdateTenantFeaturesDto
                {
                    Features = [.. tenant.Features, Tenants.TenantFeatures.PublicPage], ConcurrencyStamp = tenant.ConcurrencyStamp,
                });
            });

            await page.GotoAsync("/");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("tenant-filter").FillAsync("Höxter, Stadt");
            await page.GetByTestId("public-05762020").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Maßnahmenplan Verwaltungsdigitalisierung – Höxter, Stadt" })).ToBeVisibleAsync();
            var row = page.GetByTestId("public-plan").Locator("tr[data-number='MP 102']");
            await Expect(row).ToContainTextAsync("Vorhaben MP 102");
            await Expect(row.Locator("td").Last).ToHaveTextAsync("E");
            await Expect(page.GetByTestId("public-report").Locator("tr.owl-report-total td")).ToHaveTextAsync("3");
            await Expect(page.GetByTestId("login-link")).ToBeVisibleAsync();
            await page.ScreenshotAsync("public-plan");
        });
    }

    [Fact]
    public async Task A_Cdo_Should_Preview_And_Import_A_Csv_File_And_See_Problems_Of_A_Bad_One()
    {
        var guetersloh = await browser.TenantIdAsync("05754008");
        var cdo = await browser.CreateAsync("cdo@guetersloh.browser.test", MembershipRole.TenantAdmin, guetersloh);
        await browser.AsUserAsync(cdo, guetersloh, services =>
            services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "0.1", Name = "Zentraler Steuerungsdienst" }));
        var good = "Nr.;Jahr der Meldung;Dienststelle;Digitalisierungsprojekt/-thema;Projektfortschritt Stand 09.2023\r\nMP 401;2022;0.1 Zentraler Steuerungsdienst;E-Akte;5\r\nMP 402;2023;0.1;Chatbot;(Leer)\r\n"u8.ToArray();
        var bad = "Nr.;Jahr der Meldung;Dienststelle;Digitalisierungsprojekt/-thema;Projektfortschritt Stand 09.2023\r\nMP 403;2022;0.1;Falsch;elf\r\n"u8.ToArray();

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(A_Cdo_Should_Preview_And_Import_A_Csv_File_And_See_Problems_Of_A_Bad_One), async () =>
        {
            await page.SignInAsync("cdo@guetersloh.browser.test", TestUsers.Password, "/portfolio/measures");
            await page.WaitForInteractiveAsync();

            await page.GetByTestId("import-open").ClickAsync();
            await Expect(page.GetByTestId("import-file-zone")).ToHaveAttributeAsync("data-ready", "true");
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "falsch.csv", MimeType = "text/csv", Buffer = bad });
            await Expect(page.GetByTestId("import-problems")).ToContainTextAsync("Zeile 2, Spalte „Projektfortschritt Stand 09.2023“: „elf“ ist kein Projektfortschritt");
            await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();

            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "plan.csv", MimeType = "text/csv", Buffer = good });
            await Expect(page.GetByTestId("import-summary")).ToHaveTextAsync("2 Maßnahmen neu, 0 geändert, 0 unverändert. Neue (abgeschlossene) Berichtstermine: 30.09.2023");
            await page.GetByTestId("import-commit").ClickAsync();

            await Expect(page.GetByTestId("measure-message")).ToContainTextAsync("Import abgeschlossen: 2 neu, 0 geändert, 0 unverändert.");
            await Expect(page.GetByTestId("measure-grid")).ToContainTextAsync("E-Akte");
            await Expect(page.GetByTestId("measure-grid").Locator("tr", new() { HasText = "MP 401" })).ToContainTextAsync("5 (E)");
        });
    }

    [Fact]
    public async Task The_Target_Dashboard_Should_Show_How_Far_A_Computed_Target_Is_Reached()
    {
        var lippe = await browser.TenantIdAsync("05766");
        var cdo = await browser.CreateAsync("cdo@lippe.browser.test", MembershipRole.TenantAdmin, lippe);
        await browser.AsUserAsync(cdo, lippe, async services =>
        {
            var programs = services.GetRequiredService<IProgramAppService>();
            var program = await programs.CreateAsync(new SaveProgramDto("Online-Dienste", null));
            program = await programs.AddTargetAsync(program.Id, new AddTargetDto("4 Maßnahmen umgesetzt", TargetMetric.MeasuresImplemented, 4, new DateOnly(2025, 12, 31), program.ConcurrencyStamp));
            var orgUnitId = (await services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "1", Name = "Kreisverwaltung" })).Id;
            var measure = await services.GetRequiredService<IMeasureAppService>().CreateAsync(new SaveMeasureDto
            {
                Number = "MP 001", YearReported = "2023", OrgUnitId = orgUnitId, Title = "Kfz-Zulassung online", Benefits = BenefitCategories.ServiceImprovement, ProgramId = program.Id,
            });
            var reporting = services.GetRequiredService<IReportingAppService>();
            var period = await reporting.OpenPeriodAsync(new OpenReportingPeriodDto(new DateOnly(2024, 3, 31)));
            return await reporting.SaveProgressAsync(period.Id, new SaveProgressDto([new ProgressInputDto(measure.Id, "10", measure.ConcurrencyStamp)]));
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(The_Target_Dashboard_Should_Show_How_Far_A_Computed_Target_Is_Reached), async () =>
        {
            await page.SignInAsync("cdo@lippe.browser.test", TestUsers.Password, "/portfolio/targets");
            await page.WaitForInteractiveAsync();
            var program = page.GetByTestId("program-Online-Dienste");
            await Expect(program).ToContainTextAsync("4 Maßnahmen umgesetzt");
            await Expect(program).ToContainTextAsync("1 Maßnahmen im Programm");
            await Expect(program.GetByTestId("target-percent")).ToHaveAttributeAsync("aria-valuenow", "25");

            await page.GetByTestId("program-name").FillAsync("DMS");
            await page.GetByTestId("program-create").ClickAsync();
            await Expect(page.GetByTestId("program-DMS")).ToBeVisibleAsync();
            await page.ScreenshotAsync("program-targets");
        });
    }

    [Fact]
    public async Task An_Editor_Should_Create_A_Measure_With_Benefits_Prioritisation_And_Costs()
    {
        var herford = await browser.TenantIdAsync("05758012");
        var editor = await browser.CreateAsync("lotsin@herford.browser.test", MembershipRole.TenantEditor, herford);
        await browser.AsUserAsync(editor, herford, services =>
            services.GetRequiredService<IOrgUnitAppService>().CreateAsync(new CreateOrgUnitDto { Code = "2.1", Name = "Bürgerdienste" }));

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(An_Editor_Should_Create_A_Measure_With_Benefits_Prioritisation_And_Costs), async () =>
        {
            await page.SignInAsync("lotsin@herford.browser.test", TestUsers.Password, "/portfolio/measures");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("measure-new").ClickAsync();

            // The dialog renders again once its org units and programs are loaded; type after that.
            await Expect(page.GetByTestId("measure-orgunit")).ToContainTextAsync("2.1 Bürgerdienste");
            await page.GetByTestId("measure-number").FillAsync("mp 7");
            await page.GetByTestId("measure-title").FillAsync("Online-Terminvereinbarung Bürgerbüro");
            await page.GetByTestId("benefit-CostSaving").CheckAsync();
            await page.GetByText("Priorisierung").ClickAsync();
            await page.GetByText("Es gibt eine Lösung zur Nachnutzung").ClickAsync();
            await page.GetByText("Kosten (Projektsteckbrief)").ClickAsync();
            await page.Input("cost-one-time").FillAsync("12500");
            await page.GetByTestId("measure-save").ClickAsync();

            await Expect(page.GetByTestId("measure-message")).ToContainTextAsync("MP 007 wurde gespeichert.");
            await Expect(page.GetByTestId("measure-grid")).ToContainTextAsync("Online-Terminvereinbarung Bürgerbüro");
        });

        var saved = await browser.AsUserAsync(editor, herford, async services =>
            (await services.GetRequiredService<IMeasureAppService>().GetListAsync(new GetMeasureListInput())).Items.Single());
        saved.Benefits.ShouldBe(BenefitCategories.ServiceImprovement | BenefitCategories.CostSaving);
        saved.Prioritisation.ExistingSolutionToReuse.ShouldBe(true);
        saved.Costs.OneTimeInvestment.ShouldBe(12500m);
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

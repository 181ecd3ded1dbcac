using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OwlDigital.Blazor.Tests.Infrastructure;
using OwlDigital.Memberships;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using static Microsoft.Playwright.Assertions;

namespace OwlDigital.Blazor.Tests.Pages;

public class Survey_Tests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_Interviewer_Enters_A_Response_The_Analyst_Closes_And_Publishes_And_The_Cdo_Sees_Their_Answer_Marked()
    {
        var admin = await browser.CreateAsync("admin@survey.browser.test", MembershipRole.HostAdmin);
        await browser.CreateAsync("analyst@survey.browser.test", MembershipRole.RegionalAnalyst);
        var interviewer = await browser.CreateAsync("interviewer@survey.browser.test", MembershipRole.DistrictInterviewer, districtKey: "05770");
        await browser.CreateAsync("cdo@minden.survey.browser.test", MembershipRole.TenantAdmin, await browser.TenantIdAsync("05770024"));
        var round = await browser.AsUserAsync(admin, null, async services =>
        {
            var surveys = services.GetRequiredService<ISurveyAppService>();
            var created = await surveys.CreateRoundAsync(new CreateSurveyRoundDto("Erhebung 2024/25", new DateOnly(2024, 10, 1), new DateOnly(2025, 6, 30), 2));
            return await surveys.OpenRoundAsync(created.Id);
        });

        // A neighbour answered already, so the round has the two tenants k = 2 asks for.
        var oeynhausen = await browser.TenantIdAsync("05770004");
        await browser.AsUserAsync(interviewer, null, services => services.GetRequiredService<ISurveyAppService>().SaveResponseForAsync(
            round.Id, oeynhausen, new SaveSurveyResponseDto(new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: "planned") }, true, null)));

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(An_Interviewer_Enters_A_Response_The_Analyst_Closes_And_Publishes_And_The_Cdo_Sees_Their_Answer_Marked), async () =>
        {
            await page.SignInAsync("interviewer@survey.browser.test", TestUsers.Password, "/survey");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("interview-tenant-Erhebung 2024/25").SelectOptionAsync(new SelectOptionValue { Label = "Minden, Stadt" });
            await page.GetByTestId("interview-Erhebung 2024/25").ClickAsync();
            await page.WaitForInteractiveAsync();
            await page.GetByLabel("Nutzen Sie LoRaWAN?").SelectOptionAsync(new SelectOptionValue { Label = "im Einsatz" });
            await page.GetByTestId("response-signoff").ClickAsync();
            await Expect(page.GetByTestId("response-message")).ToContainTextAsync("Antworten gespeichert und bestätigt.");
            await Expect(page.GetByTestId("response-state")).ToContainTextAsync("im Interview");
        });

        var host = await browser.NewPageAsync();
        await host.RunAsync(nameof(An_Interviewer_Enters_A_Response_The_Analyst_Closes_And_Publishes_And_The_Cdo_Sees_Their_Answer_Marked) + "-host", async () =>
        {
            await host.SignInAsync("analyst@survey.browser.test", TestUsers.Password, "/survey");
            await host.WaitForInteractiveAsync();
            await host.GetByTestId("completion-Erhebung 2024/25").ClickAsync();
            await Expect(host.GetByTestId("completion-total")).ToContainTextAsync("2 bestätigt");
            await host.GetByTestId("close-Erhebung 2024/25").ClickAsync();
            await Expect(host.GetByTestId("round-state-Erhebung 2024/25")).ToHaveTextAsync("abgeschlossen");
            await host.GetByTestId("publish-Erhebung 2024/25").ClickAsync();
            await Expect(host.GetByTestId("round-state-Erhebung 2024/25")).ToHaveTextAsync("veröffentlicht");

            // Host roles see every tenant's answer on the map of OWL.
            await host.GetByTestId("report-Erhebung 2024/25").ClickAsync();
            await host.WaitForInteractiveAsync();
            await Expect(host.GetByTestId("answer-map").Locator("[data-ags='05770024']")).ToHaveAttributeAsync("data-answer", "inUse");
            await Expect(host.GetByTestId("answer-map").Locator("[data-ags='05770004']")).ToHaveAttributeAsync("data-answer", "planned");
            await host.ScreenshotAsync("survey-answer-map");
        });

        var cdo = await browser.NewPageAsync();
        await cdo.RunAsync(nameof(An_Interviewer_Enters_A_Response_The_Analyst_Closes_And_Publishes_And_The_Cdo_Sees_Their_Answer_Marked) + "-cdo", async () =>
        {
            await cdo.SignInAsync("cdo@minden.survey.browser.test", TestUsers.Password, "/survey");
            await cdo.WaitForInteractiveAsync();
            await cdo.GetByTestId("report-Erhebung 2024/25").ClickAsync();
            await cdo.WaitForInteractiveAsync();
            var own = cdo.GetByTestId("cell-lora.state-inUse");
            await Expect(own).ToHaveClassAsync("owl-own");
            await Expect(own).ToContainTextAsync("Ihre Antwort");
            await Expect(cdo.GetByTestId("cell-lora.state-planned")).Not.ToHaveClassAsync("owl-own");
            await Expect(cdo.GetByTestId("report-meta")).ToContainTextAsync("n = 2");
            await Expect(cdo.GetByTestId("district-head-lora.state")).ToHaveTextAsync("Kreis Minden-Lübbecke");
            await Expect(cdo.GetByTestId("district-lora.state-inUse")).ToHaveTextAsync("< 2", new() { UseInnerText = true });
            await Expect(cdo.GetByTestId("report-pdf")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/report\\.pdf"));
            await Expect(cdo.GetByTestId("answer-map")).ToHaveCountAsync(0, new() { Timeout = 2000 });
            await cdo.ScreenshotAsync("survey-report-own-answer");
        });
    }

    [AxeFact]
    public async Task The_Report_Page_Should_Have_No_Serious_Or_Critical_Accessibility_Violations()
    {
        var admin = await browser.CreateAsync("admin@axe.browser.test", MembershipRole.HostAdmin);
        var analyst = await browser.CreateAsync("analyst@axe.browser.test", MembershipRole.RegionalAnalyst);
        var (lübbecke, hille) = (await browser.TenantIdAsync("05770020"), await browser.TenantIdAsync("05770012"));
        var cdo = await browser.CreateAsync("cdo@luebbecke.axe.browser.test", MembershipRole.TenantAdmin, lübbecke);
        var neighbour = await browser.CreateAsync("cdo@hille.axe.browser.test", MembershipRole.TenantAdmin, hille);
        var round = await browser.AsUserAsync(admin, null, async services =>
        {
            var surveys = services.GetRequiredService<ISurveyAppService>();
            var created = await surveys.CreateRoundAsync(new CreateSurveyRoundDto("Barrierefreiheit 2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), 2));
            return await surveys.OpenRoundAsync(created.Id);
        });
        foreach (var (user, tenant) in new[] { (cdo, lübbecke), (neighbour, hille) })
        {
            await browser.AsUserAsync(user, tenant, services => services.GetRequiredService<ISurveyAppService>().SaveMyResponseAsync(round.Id, new SaveSurveyResponseDto(
                new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: "inUse"), ["portal.searchLinked"] = new(Flag: true), ["dms.state"] = new(Text: "inUse"), ["dms.workstationShare"] = new(Number: 60) }, true, null)));
        }

        await browser.AsUserAsync(analyst, null, async services =>
        {
            var surveys = services.GetRequiredService<ISurveyAppService>();
            await surveys.CloseRoundAsync(round.Id);
            return await surveys.PublishRoundAsync(round.Id);
        });

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(The_Report_Page_Should_Have_No_Serious_Or_Critical_Accessibility_Violations), async () =>
        {
            await page.SignInAsync("cdo@luebbecke.axe.browser.test", TestUsers.Password, $"/survey/{round.Id}/report");
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("pie-portal.searchLinked")).ToBeVisibleAsync();

            var violations = await page.SeriousViolationsAsync();

            violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
        });
    }
}

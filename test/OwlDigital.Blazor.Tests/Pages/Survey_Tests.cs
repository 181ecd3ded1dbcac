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
    public async Task An_Interviewer_Enters_A_Response_The_Cdo_Confirms_It_In_The_Review_Window_And_Sees_Their_Answer_Marked_And_A_Blocked_Combination_Explained()
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

        // Two neighbours answered already, so the round has the k + 1 = 3 tenants a group needs.
        foreach (var (ags, lora) in new[] { ("05770004", "planned"), ("05770008", "no") })
        {
            var neighbour = await browser.TenantIdAsync(ags);
            await browser.AsUserAsync(interviewer, null, services => services.GetRequiredService<ISurveyAppService>().SaveResponseForAsync(
                round.Id, neighbour, new SaveSurveyResponseDto(new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: lora) }, true, null)));
        }

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(An_Interviewer_Enters_A_Response_The_Cdo_Confirms_It_In_The_Review_Window_And_Sees_Their_Answer_Marked_And_A_Blocked_Combination_Explained), async () =>
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
        await host.RunAsync(nameof(An_Interviewer_Enters_A_Response_The_Cdo_Confirms_It_In_The_Review_Window_And_Sees_Their_Answer_Marked_And_A_Blocked_Combination_Explained) + "-host", async () =>
        {
            await host.SignInAsync("analyst@survey.browser.test", TestUsers.Password, "/survey");
            await host.WaitForInteractiveAsync();
            await host.GetByTestId("completion-Erhebung 2024/25").ClickAsync();
            await Expect(host.GetByTestId("completion-total")).ToContainTextAsync("3 bestätigt");
            await host.GetByTestId("close-Erhebung 2024/25").ClickAsync();
            await Expect(host.GetByTestId("round-state-Erhebung 2024/25")).ToHaveTextAsync("abgeschlossen");
        });

        // The review window: Minden's CDO sees the response as it will be counted and confirms it.
        var reviewer = await browser.NewPageAsync();
        await reviewer.RunAsync("survey-review-cdo", async () =>
        {
            await reviewer.SignInAsync("cdo@minden.survey.browser.test", TestUsers.Password, "/survey");
            await reviewer.WaitForInteractiveAsync();
            await reviewer.GetByTestId("review-Erhebung 2024/25").ClickAsync();
            await reviewer.WaitForInteractiveAsync();
            await Expect(reviewer.GetByTestId("review-lora.state")).ToContainTextAsync("im Einsatz");
            await Expect(reviewer.GetByTestId("review-state")).ToContainTextAsync("nicht geprüft");
            await reviewer.GetByTestId("review-confirm").ClickAsync();
            await Expect(reviewer.GetByTestId("review-message")).ToContainTextAsync("bestätigt");
            await Expect(reviewer.GetByTestId("review-state")).ToContainTextAsync("bestätigt");
            await reviewer.ScreenshotAsync("survey-review-confirmed");
        });

        host = await browser.NewPageAsync();
        await host.RunAsync("survey-publish-host", async () =>
        {
            await host.SignInAsync("analyst@survey.browser.test", TestUsers.Password, "/survey");
            await host.WaitForInteractiveAsync();
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
        await cdo.RunAsync(nameof(An_Interviewer_Enters_A_Response_The_Cdo_Confirms_It_In_The_Review_Window_And_Sees_Their_Answer_Marked_And_A_Blocked_Combination_Explained) + "-cdo", async () =>
        {
            await cdo.SignInAsync("cdo@minden.survey.browser.test", TestUsers.Password, "/survey");
            await cdo.WaitForInteractiveAsync();
            await cdo.GetByTestId("report-Erhebung 2024/25").ClickAsync();
            await cdo.WaitForInteractiveAsync();
            var own = cdo.GetByTestId("cell-lora.state-inUse");
            await Expect(own).ToHaveClassAsync("owl-own");
            await Expect(own).ToContainTextAsync("Ihre Antwort");
            await Expect(cdo.GetByTestId("cell-lora.state-planned")).Not.ToHaveClassAsync("owl-own");
            await Expect(cdo.GetByTestId("report-meta")).ToContainTextAsync("n = 3");
            await Expect(cdo.GetByTestId("report-review-rate")).ToContainTextAsync("1 von 3 Kommunen");
            await Expect(cdo.GetByTestId("report-protection")).ToContainTextAsync("weniger als 2 Kommunen");
            await Expect(cdo.GetByTestId("district-head-lora.state")).ToHaveTextAsync("Kreis Minden-Lübbecke");
            await Expect(cdo.GetByTestId("district-lora.state-inUse")).ToHaveTextAsync("gesperrt", new() { UseInnerText = true });

            // The PDF button prints the page the CDO sees: a real PDF, not a link to nowhere.
            var pdf = await cdo.RunAndWaitForDownloadAsync(() => cdo.GetByTestId("report-pdf").ClickAsync());
            (await File.ReadAllBytesAsync(await pdf.PathAsync())).Take(5).ToArray().ShouldBe("%PDF-"u8.ToArray());

            // Two of the three have 20,000 to 50,000 inhabitants: beside the region, that would single out Minden.
            await cdo.GetByTestId("report-size").SelectOptionAsync(new SelectOptionValue { Value = nameof(SizeClass.From20000To50000) });
            await Expect(cdo.GetByTestId("report-suppressed")).ToContainTextAsync("Zum Schutz kleiner Gruppen nicht verfügbar");
            await Expect(cdo.GetByTestId("figure-lora.state")).ToHaveCountAsync(0);
            await Expect(cdo.GetByTestId("report-pdf")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/survey/rounds/[0-9a-f-]+/report\\.pdf\\?"));
            await Expect(cdo.GetByTestId("answer-map")).ToHaveCountAsync(0, new() { Timeout = 2000 });
            await cdo.ScreenshotAsync("survey-report-own-answer");
        });
    }

    [Fact]
    public async Task The_DigitalBuero_Answers_A_Correction_Request_With_A_Changed_Answer_And_A_Reason()
    {
        var admin = await browser.CreateAsync("admin@review.browser.test", MembershipRole.HostAdmin);
        var analyst = await browser.CreateAsync("analyst@review.browser.test", MembershipRole.RegionalAnalyst);
        var interviewer = await browser.CreateAsync("interviewer@review.browser.test", MembershipRole.DistrictInterviewer, districtKey: "05766");
        var detmold = await browser.TenantIdAsync("05766020");
        var cdo = await browser.CreateAsync("cdo@detmold.review.browser.test", MembershipRole.TenantAdmin, detmold);
        var round = await browser.AsUserAsync(admin, null, async services =>
        {
            var surveys = services.GetRequiredService<ISurveyAppService>();
            var created = await surveys.CreateRoundAsync(new CreateSurveyRoundDto("Prüfung im Browser", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), 2));
            return await surveys.OpenRoundAsync(created.Id);
        });
        foreach (var ags in new[] { "05766020", "05766008", "05766012" })
        {
            var tenant = await browser.TenantIdAsync(ags);
            await browser.AsUserAsync(interviewer, null, services => services.GetRequiredService<ISurveyAppService>().SaveResponseForAsync(
                round.Id, tenant, new SaveSurveyResponseDto(new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: "inUse") }, true, null)));
        }

        await browser.AsUserAsync(analyst, null, services => services.GetRequiredService<ISurveyAppService>().CloseRoundAsync(round.Id));
        await browser.AsUserAsync(cdo, detmold, services => services.GetRequiredService<ISurveyAppService>().ReviewMyResponseAsync(
            round.Id, new ReviewSurveyResponseDto(false, "LoRaWAN ist bei uns erst geplant.")));

        var page = await browser.NewPageAsync();
        await page.RunAsync(nameof(The_DigitalBuero_Answers_A_Correction_Request_With_A_Changed_Answer_And_A_Reason), async () =>
        {
            await page.SignInAsync("analyst@review.browser.test", TestUsers.Password, "/survey");
            await page.WaitForInteractiveAsync();
            await page.GetByTestId("reviews-Prüfung im Browser").ClickAsync();
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByTestId("reviews-total")).ToContainTextAsync("0 von 3");
            var request = page.GetByTestId($"request-{detmold}");
            await Expect(request).ToContainTextAsync("LoRaWAN ist bei uns erst geplant.");
            await page.GetByTestId($"correct-question-{detmold}").SelectOptionAsync(new SelectOptionValue { Value = "lora.state" });
            await request.GetByLabel("Nutzen Sie LoRaWAN?").SelectOptionAsync(new SelectOptionValue { Label = "geplant" });
            await page.GetByTestId($"correct-reason-{detmold}").FillAsync("Laut Ihrer Rückmeldung korrigiert.");
            await page.GetByTestId($"correct-submit-{detmold}").ClickAsync();
            await Expect(page.GetByTestId("reviews-message")).ToContainTextAsync("Detmold");
            await Expect(request).ToContainTextAsync("Korrekturwunsch beantwortet");
            await page.ScreenshotAsync("survey-reviews-answered");
        });

        var review = await browser.AsUserAsync(cdo, detmold, services => services.GetRequiredService<ISurveyAppService>().GetMyReviewAsync(round.Id));
        review.Counted["lora.state"].ShouldBe(["planned"]);
        review.Corrections.Single().Reason.ShouldBe("Laut Ihrer Rückmeldung korrigiert.");
    }

    [AxeFact]
    public async Task The_Report_Page_Should_Have_No_Serious_Or_Critical_Accessibility_Violations()
    {
        var admin = await browser.CreateAsync("admin@axe.browser.test", MembershipRole.HostAdmin);
        var analyst = await browser.CreateAsync("analyst@axe.browser.test", MembershipRole.RegionalAnalyst);
        var (lübbecke, hille, petershagen) = (await browser.TenantIdAsync("05770020"), await browser.TenantIdAsync("05770012"), await browser.TenantIdAsync("05770028"));
        var cdo = await browser.CreateAsync("cdo@luebbecke.axe.browser.test", MembershipRole.TenantAdmin, lübbecke);
        var neighbour = await browser.CreateAsync("cdo@hille.axe.browser.test", MembershipRole.TenantAdmin, hille);
        var third = await browser.CreateAsync("cdo@petershagen.axe.browser.test", MembershipRole.TenantAdmin, petershagen);
        var round = await browser.AsUserAsync(admin, null, async services =>
        {
            var surveys = services.GetRequiredService<ISurveyAppService>();
            var created = await surveys.CreateRoundAsync(new CreateSurveyRoundDto("Barrierefreiheit 2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), 2));
            return await surveys.OpenRoundAsync(created.Id);
        });
        foreach (var (user, tenant) in new[] { (cdo, lübbecke), (neighbour, hille), (third, petershagen) })
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

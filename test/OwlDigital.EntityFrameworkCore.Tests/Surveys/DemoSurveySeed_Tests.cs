using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.Surveys;

public class DemoSurveySeed_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_Demo_Round_Should_Reproduce_What_The_Seed_States_And_The_Second_Round_Should_Show_A_Trend()
    {
        await database.WithScopeAsync(async services =>
        {
            var context = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
            foreach (var contributor in services.GetRequiredService<IEnumerable<IDataSeedContributor>>())
            {
                await contributor.SeedAsync(context);
            }
        });
        var analyst = await database.WithScopeAsync(services =>
            services.GetRequiredService<UserManager<OwlUser>>().FindByEmailAsync($"analyst@{DemoUserDataSeedContributor.EmailDomain}"));

        var (first, second) = await database.AsUserAsync(analyst!, null, async services =>
        {
            var rounds = await services.GetRequiredService<ISurveyAppService>().GetRoundsAsync();
            var reports = services.GetRequiredService<ISurveyReportAppService>();
            return (await reports.GetReportAsync(rounds.Single(r => r.Name == DemoSurveyDataSeedContributor.FirstRound).Id, new SurveyReportFilter()),
                    await reports.GetReportAsync(rounds.Single(r => r.Name == DemoSurveyDataSeedContributor.SecondRound).Id, new SurveyReportFilter()));
        });

        Cells(first, "dms.scanOffice").ShouldBe(new Dictionary<string, int?> { ["yes"] = 21, ["invoicesOnly"] = 13, ["no"] = 42 }, "34 scan offices, 13 of them for invoices only");
        Cells(first, "online.ownForms")["yes"].ShouldBe(67);
        Cells(first, "online.formTools")["Form-Solutions"].ShouldBe(61);
        var portals = first.Questions.Single(q => q.QuestionId == "portal.vendors").Cells;
        portals.Select(c => c.Key).Take(2).ShouldBe(["regio iT/nextgov iT", "optiGov"], "the most common portal first, then optiGov");
        first.Respondents.ShouldBe(76);
        second.PreviousRoundName.ShouldBe(DemoSurveyDataSeedContributor.FirstRound);
        var loraNow = Cells(second, "lora.state")["inUse"];
        var loraBefore = second.Questions.Single(q => q.QuestionId == "lora.state").PreviousCells!.Single(c => c.Key == "inUse").Count;
        loraNow.ShouldNotBeNull();
        loraNow.Value.ShouldBeGreaterThanOrEqualTo(loraBefore!.Value, "two years on, LoRaWAN has not receded");
    }

    private static Dictionary<string, int?> Cells(SurveyReportDto report, string questionId) =>
        report.Questions.Single(q => q.QuestionId == questionId).Cells.ToDictionary(c => c.Key, c => c.Count);
}

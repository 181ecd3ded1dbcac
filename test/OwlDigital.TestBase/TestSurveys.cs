using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.Uow;

namespace OwlDigital.TestBase;

/// <summary>Survey data for tests, written through the domain in the tenant's own context (tenant filter and row-level security apply).</summary>
public static class TestSurveys
{
    /// <summary>A signed-off response of the tenant in an open round, as an interviewer would have entered it.</summary>
    public static Task<(SurveyRound Round, SurveyResponse Response)> SignedOffResponseAsync(
        this PostgresDatabaseFixture database, Guid roundId, Guid tenantId, Dictionary<string, ProfileAnswer?> answers, Dictionary<string, decimal>? derived = null) =>
        database.WithTenantAsync(tenantId, async services =>
        {
            var surveys = services.GetRequiredService<ISurveyRepository>();
            var round = (await surveys.FindRoundAsync(roundId))!;
            var response = new SurveyResponse(Guid.NewGuid(), roundId, null);
            response.Record(round, answers, derived ?? [], null, "Test", ResponseEntryRole.Interviewer, DateTimeOffset.UtcNow);
            response.SignOff(round, "Test", DateTimeOffset.UtcNow);
            await surveys.InsertResponseAsync(response);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return (round, response);
        });
}

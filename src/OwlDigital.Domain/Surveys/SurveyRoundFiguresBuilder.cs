using OwlDigital.Profiles;
using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// Counts a closed round for every selection a host role can ask for: each combination of
/// district, kind and size class (any of them may be left open) that holds a respondent. A
/// response is added to the eight selections it belongs to, so the work grows with the responses,
/// not with responses times selections.
/// </summary>
public static class SurveyRoundFiguresBuilder
{
    public static List<SurveyRoundFigures> Build(SurveyRound round, IReadOnlyList<SurveyResponse> responses, IReadOnlyList<Tenant> tenants, DateTimeOffset computedAt)
    {
        var directory = tenants.ToDictionary(t => t.Id);
        var bySelection = new Dictionary<ReportSelection, List<SurveyResponse>> { [ReportSelection.Region] = [] };
        foreach (var response in responses)
        {
            if (!directory.TryGetValue(response.TenantId, out var tenant))
            {
                continue;
            }

            foreach (var selection in SelectionsOf(tenant))
            {
                if (!bySelection.TryGetValue(selection, out var members))
                {
                    bySelection[selection] = members = [];
                }

                members.Add(response);
            }
        }

        var questions = round.QuestionIds.Select(ProfileQuestions.Find).OfType<ProfileQuestion>().ToList();
        return bySelection
            .Select(entry => new SurveyRoundFigures(
                Guid.NewGuid(), round.Id, entry.Key, entry.Value.Count, questions.Select(question => Figures(question, entry.Value, round)).ToList(), computedAt))
            .ToList();
    }

    /// <summary>The figures of one question over the responses: what the live report counts, in the same way.</summary>
    public static QuestionFigures Figures(ProfileQuestion question, IReadOnlyCollection<SurveyResponse> responses, SurveyRound round) =>
        QuestionAggregation.Aggregate(question, responses.Select(r => r.AnswerTo(question)).ToList(), round.PeriodEnd.Year);

    private static IEnumerable<ReportSelection> SelectionsOf(Tenant tenant)
    {
        var kind = ReportSelection.KindGroup(tenant.Kind);
        var size = SizeClasses.Of(tenant.Population);
        foreach (var district in new[] { null, tenant.DistrictKey })
        {
            foreach (var k in new TenantKind?[] { null, kind })
            {
                foreach (var s in new SizeClass?[] { null, size })
                {
                    yield return new ReportSelection(district, k, s);
                }
            }
        }
    }
}

using OwlDigital.Profiles;
using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// The one disclosure-control step every tenant-visible figure of a round passes: it decides the
/// family of selections (<see cref="SelectionFamily"/>) and suppresses cells consistently across all
/// of them (<see cref="CellSuppression"/>). The page, the district column, the previous-round column
/// and the CSV, XLSX and PDF exports all read the result; nothing else computes tenant-visible figures.
/// </summary>
public static class SurveyPublicationBuilder
{
    /// <param name="disclosedByConsent">Tenants that opted in to the peer search (in their response or their profile): their answers to the searchable questions are known to all.</param>
    public static PublicationContent Build(SurveyRound round, IReadOnlyList<SurveyResponse> signedOff, IReadOnlyList<Tenant> directory, IReadOnlySet<Guid> disclosedByConsent, int reviewed)
    {
        var byId = directory.ToDictionary(t => t.Id);
        var responses = signedOff.Where(r => byId.ContainsKey(r.TenantId)).OrderBy(r => byId[r.TenantId].Ags, StringComparer.Ordinal).ToList();
        var respondents = responses.Select(r =>
        {
            var tenant = byId[r.TenantId];
            return new ReportRespondent(tenant.Id, tenant.DistrictKey, tenant.Kind, SizeClasses.Of(tenant.Population), disclosedByConsent.Contains(tenant.Id));
        }).ToList();
        var candidates = SelectionFamily.Candidates(directory.Select(t => t.DistrictKey).Distinct().ToList());
        var k = round.MinGroupSize;
        var family = SelectionFamily.Build(respondents, candidates, k);
        var searchableFamily = SelectionFamily.Build(respondents, family.Members.SelectMany(m => m.Selections).ToList(), k, r => !r.DisclosedByConsent);

        var questions = round.QuestionIds.Select(ProfileQuestions.Find).OfType<ProfileQuestion>().ToList();
        var figures = new Dictionary<string, IReadOnlyList<QuestionFigures>>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var searchable = ProfileQuestions.Searchable.Contains(question.Id);
            var over = searchable ? searchableFamily : family;
            figures[question.Id] = CellSuppression.Protect(question, over, responses.Select(r => r.AnswerTo(question)).ToList(), k, round.PeriodEnd.Year, consentKnown: searchable);
        }

        var selections = family.Members.Select(member =>
        {
            var shown = new List<QuestionFigures>();
            var withheld = new List<string>();
            foreach (var question in questions)
            {
                var over = ProfileQuestions.Searchable.Contains(question.Id) ? searchableFamily : family;
                if (over.Find(member.Selection) is { } same)
                {
                    shown.Add(figures[question.Id][same.Index]);
                }
                else
                {
                    withheld.Add(question.Id);
                }
            }

            return new PublishedSelection(member.Selections, member.RespondentIndices.Count, shown, withheld);
        }).ToList();
        return new PublicationContent(k, respondents.Count, reviewed, candidates.Count, selections);
    }
}

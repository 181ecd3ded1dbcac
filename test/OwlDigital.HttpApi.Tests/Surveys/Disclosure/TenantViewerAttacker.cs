using System.Net;
using System.Net.Http.Json;
using OwlDigital.Dtos;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.Tenants;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys.Disclosure;

/// <summary>
/// A tenant viewer collecting everything it can obtain about published rounds over the API: every
/// filter combination of the report, the district column beside it, the previous-round column, its
/// own answers. It knows the public tenant directory and – assumed, to be safe – which tenants
/// answered, and whatever tenants disclosed by consent. From this it builds, per round and question,
/// the linear system <see cref="LinearAttack"/> analyses. It computes selections with its own rules
/// from the directory (not with the product's), and checks that the report's n agrees.
/// </summary>
public sealed class TenantViewerAttacker(HttpClient viewer, Guid viewerTenantId)
{
    private static readonly TenantKind?[] Kinds = [null, TenantKind.Municipality, TenantKind.District, TenantKind.DistrictFreeCity];

    private readonly Dictionary<(Guid Round, string Question), Knowledge> _knowledge = [];
    private Dictionary<Guid, TenantDto> _directory = [];
    private Dictionary<string, SurveyRoundDto> _roundsByName = [];

    /// <summary>Who answered each round (index order of the equations) and what each disclosed by consent.</summary>
    public Dictionary<Guid, IReadOnlyList<Guid>> Respondents { get; } = [];

    /// <summary>Answers known by consent (peer search): tenant → question → the cell keys of its answer.</summary>
    public Dictionary<Guid, Dictionary<string, IReadOnlyList<string>>> KnownByConsent { get; } = [];

    public int Requests { get; private set; }

    /// <summary>Shown counts of 1 to k − 1 tenants (there must be none).</summary>
    public List<string> SmallCounts { get; } = [];

    public async Task LoadDirectoryAsync()
    {
        var tenants = new List<TenantDto>();
        for (var skip = 0; ; skip += 100)
        {
            var page = (await viewer.GetFromJsonAsync<PagedResultDto<TenantDto>>($"/api/tenants?skip={skip}&take=100", ApiJson.Options))!;
            tenants.AddRange(page.Items);
            if (tenants.Count >= page.TotalCount || page.Items.Count == 0)
            {
                break;
            }
        }

        _directory = tenants.ToDictionary(t => t.Id);
        _roundsByName = (await viewer.GetFromJsonAsync<List<SurveyRoundDto>>("/api/survey/rounds", ApiJson.Options))!.ToDictionary(r => r.Name);
    }

    /// <summary>Every filter combination of one round: 8 district values × 4 kinds × 6 size classes.</summary>
    public async Task CollectAsync(Guid roundId)
    {
        foreach (var district in OwlDistricts.All.Select(d => (string?)d.Key).Prepend(null))
        {
            foreach (var kind in Kinds)
            {
                foreach (var size in Enum.GetValues<SizeClass>().Select(s => (SizeClass?)s).Prepend(null))
                {
                    await CollectAsync(roundId, new SurveyReportFilter(district, kind, size));
                }
            }
        }
    }

    public async Task<SurveyReportDto> CollectAsync(Guid roundId, SurveyReportFilter filter)
    {
        var query = string.Join('&', new[] { ("district", filter.DistrictKey), ("kind", filter.Kind?.ToString()), ("sizeClass", filter.SizeClass?.ToString()) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2}"));
        var response = await viewer.GetAsync($"/api/survey/rounds/{roundId}/report?{query}");
        Requests++;
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = (await response.Content.ReadFromJsonAsync<SurveyReportDto>(ApiJson.Options))!;
        report.IsRestricted.ShouldBeTrue("the attacker is a tenant viewer");
        if (report.Suppressed is not null)
        {
            report.Questions.ShouldBeEmpty("a withheld selection shows nothing");
            report.Respondents.ShouldBeNull("nor its size");
            return report;
        }

        var selected = Select(roundId, filter);
        report.Respondents.ShouldBe(selected.Count, $"the attacker's own count of {filter} agrees with the report");
        foreach (var question in report.Questions)
        {
            // The frequency rule itself: no shown count (nor "answered") of 1 to k − 1 tenants.
            var small = question.Cells.Select(c => (c.Key, c.Count)).Append((Key: "answered", Count: question.Answered)).Append((Key: "not answered", Count: question.NotAnswered))
                .Concat(question.DistrictCells?.Select(c => (c.Key, c.Count)) ?? [])
                .Where(c => c.Count is > 0 && c.Count < report.MinGroupSize);
            SmallCounts.AddRange(small.Select(c => $"{filter} {question.QuestionId} = {c.Key}: {c.Count}"));

            Add(roundId, question, selected, question.Cells, question.NotAnswered, question.Answered, withTotals: true);
            if (question.DistrictCells is { } districtCells)
            {
                var districtSet = Select(roundId, report.DistrictFilter!);
                report.DistrictRespondents.ShouldBe(districtSet.Count);
                Add(roundId, question, districtSet, districtCells, null, null, withTotals: false);
            }

            if (question.PreviousCells is { } previousCells)
            {
                var previous = _roundsByName[report.PreviousRoundName!].Id;
                Add(previous, question, Select(previous, filter), previousCells, null, null, withTotals: false);
            }
        }

        return report;
    }

    /// <summary>Everything the collected figures reveal: per round and question, LinearAttack's findings, except about what is known by consent.</summary>
    public List<string> Findings(Func<Guid, int> minGroupSize)
    {
        var findings = new List<string>();
        foreach (var ((round, questionId), knowledge) in _knowledge)
        {
            var respondents = Respondents[round];
            var index = respondents.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var question = ProfileQuestions.Find(questionId)!;
            var additive = question.Type is ProfileQuestionType.YesNo or ProfileQuestionType.Choice or ProfileQuestionType.Number or ProfileQuestionType.Percent or ProfileQuestionType.Year;
            var answers = knowledge.Answers.Append(LinearAttack.NotAnswered).Concat(additive ? [] : [LinearAttack.Answered]).Distinct().ToList();
            var counts = knowledge.Counts.Select(c => new PublishedCount(c.Tenants.Select(t => index[t]).ToHashSet(), c.Answer, c.Count)).ToList();

            // What a tenant made findable is known: one equation per answer of that tenant.
            var known = KnownByConsent.Where(k => index.ContainsKey(k.Key) && k.Value.ContainsKey(questionId)).Select(k => index[k.Key]).ToHashSet();
            counts.AddRange(known.SelectMany(t => answers.Select(a => new PublishedCount(new HashSet<int> { t }, a, 0))));
            var hidden = knowledge.Hidden.Select(h => ((IReadOnlySet<int>)h.Tenants.Select(t => index[t]).ToHashSet(), h.Answer)).ToList();
            var viewerIndex = index.TryGetValue(viewerTenantId, out var v) ? v : (int?)null;
            var result = LinearAttack.Analyse(new QuestionKnowledge(questionId, respondents.Count, answers, additive, counts, viewerIndex, hidden), minGroupSize(round));
            findings.AddRange(result
                .Where(f => !f.Tenants.All(known.Contains) || f.Kind == LinearAttack.HiddenCell)
                .Select(f => $"{f.Kind}: {questionId} = {f.Answer} of {string.Join(", ", f.Tenants.Select(t => _directory[respondents[t]].Name))}"));
        }

        return findings;
    }

    public int Equations => _knowledge.Values.Sum(k => k.Counts.Count);

    /// <summary>The respondents of a round that a filter selects, by the directory and the documented rules (the district-free city counts with the districts).</summary>
    public HashSet<Guid> Select(Guid roundId, SurveyReportFilter filter) =>
        Respondents[roundId].Where(id =>
        {
            var tenant = _directory[id];
            return (filter.DistrictKey is null || tenant.DistrictKey == filter.DistrictKey)
                && (filter.Kind is null || (filter.Kind == TenantKind.Municipality) == (tenant.Kind == TenantKind.Municipality))
                && (filter.SizeClass is null || SizeOf(tenant.Population) == filter.SizeClass);
        }).ToHashSet();

    private static SizeClass SizeOf(int population) =>
        population < 10_000 ? SizeClass.Under10000
        : population < 20_000 ? SizeClass.From10000To20000
        : population < 50_000 ? SizeClass.From20000To50000
        : population < 100_000 ? SizeClass.From50000To100000
        : SizeClass.From100000;

    private void Add(Guid round, QuestionReportDto question, HashSet<Guid> tenants, IReadOnlyList<FigureCellDto> cells, int? notAnswered, int? answered, bool withTotals)
    {
        if (!_knowledge.TryGetValue((round, question.QuestionId), out var knowledge))
        {
            knowledge = new Knowledge();
            _knowledge[(round, question.QuestionId)] = knowledge;
        }

        var terms = question.Type is ProfileQuestionType.Text or ProfileQuestionType.TextList;
        foreach (var cell in cells)
        {
            var key = terms ? cell.Key.Trim().ToUpperInvariant() : cell.Key;
            knowledge.Answers.Add(key);
            if (cell.Count is { } count)
            {
                knowledge.Counts.Add((tenants, key, count));
            }
            else
            {
                knowledge.Hidden.Add((tenants, key));
            }
        }

        if (notAnswered is { } na)
        {
            knowledge.Counts.Add((tenants, LinearAttack.NotAnswered, na));
        }
        else if (withTotals)
        {
            knowledge.Hidden.Add((tenants, LinearAttack.NotAnswered));
        }

        if (answered is { } given && question.MultipleAnswers)
        {
            knowledge.Counts.Add((tenants, LinearAttack.Answered, given));
        }
    }

    private sealed class Knowledge
    {
        public HashSet<string> Answers { get; } = new(StringComparer.Ordinal);

        public List<(HashSet<Guid> Tenants, string Answer, int Count)> Counts { get; } = [];

        public List<(HashSet<Guid> Tenants, string Answer)> Hidden { get; } = [];
    }
}

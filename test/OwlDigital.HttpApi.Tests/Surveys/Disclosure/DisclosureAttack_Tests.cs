using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Data;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys.Disclosure;

/// <summary>
/// The benchmark's promise, tested the way a tenant would break it: signed in as a CDO, request every
/// selection and column of every published round, build the linear system from the public directory
/// and the published counts, and prove by exact (modular) arithmetic that no single tenant's answer
/// and no count over 1 to k − 1 tenants can be computed – over the demo rounds and over random
/// regions of 30 to 120 tenants with random answers.
/// </summary>
public class DisclosureAttack_Tests(DisclosureAttack_Tests.Fixture fixture) : IClassFixture<DisclosureAttack_Tests.Fixture>
{
    [Fact]
    public async Task No_Combination_Of_Figures_Of_The_Demo_Rounds_Should_Reveal_A_Small_Group_To_A_Tenant()
    {
        var (attacker, rounds) = await fixture.AttackerAsync("05770024");
        foreach (var round in rounds)
        {
            await attacker.CollectAsync(round);
        }

        attacker.Requests.ShouldBe(2 * 8 * 4 * 6);
        attacker.Equations.ShouldBeGreaterThan(1000, "the attacker has plenty to work with");
        var findings = attacker.Findings(_ => SurveyConsts.DefaultMinGroupSize);
        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings.Take(20)));
        attacker.SmallCounts.ShouldBeEmpty(string.Join(Environment.NewLine, attacker.SmallCounts.Take(20)));
    }

    /// <summary>The attack the issue reported: the region minus the six districts minus the 69 municipalities was Bielefeld alone.</summary>
    [Fact]
    public async Task Region_Minus_Districts_Minus_Municipalities_Should_Not_Give_Bielefeld_Away()
    {
        var (attacker, rounds) = await fixture.AttackerAsync("05770024");
        var first = rounds[0];

        var region = await attacker.CollectAsync(first, new SurveyReportFilter());
        var districts = await attacker.CollectAsync(first, new SurveyReportFilter(Kind: TenantKind.District));
        var municipalities = await attacker.CollectAsync(first, new SurveyReportFilter(Kind: TenantKind.Municipality));

        (region.Respondents, districts.Respondents, municipalities.Respondents).ShouldBe((76, 7, 69), "Bielefeld counts with the six districts");
        foreach (var question in region.Questions)
        {
            var inDistricts = districts.Questions.Single(q => q.QuestionId == question.QuestionId).Cells.ToDictionary(c => c.Key, c => c.Count);
            var inMunicipalities = municipalities.Questions.Single(q => q.QuestionId == question.QuestionId).Cells.ToDictionary(c => c.Key, c => c.Count);
            foreach (var cell in question.Cells.Where(c => c.Count is not null && inDistricts.GetValueOrDefault(c.Key) is not null && inMunicipalities.GetValueOrDefault(c.Key) is not null))
            {
                (cell.Count - inDistricts[cell.Key] - inMunicipalities[cell.Key]).ShouldBe(0, $"{question.QuestionId} = {cell.Key}: nobody is left over");
            }
        }

        var bielefeld = await fixture.TenantIdAsync("05711000");
        var findings = attacker.Findings(_ => SurveyConsts.DefaultMinGroupSize);
        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings.Take(20)));
        attacker.Select(first, new SurveyReportFilter(Kind: TenantKind.District)).ShouldContain(bielefeld);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 57)]
    [InlineData(3, 88)]
    [InlineData(4, 120)]
    public async Task No_Combination_Of_Figures_Of_A_Random_Region_Should_Reveal_A_Small_Group_To_A_Tenant(int seed, int size)
    {
        var (round, viewerAgs, findable) = await fixture.RandomRoundAsync(seed, size);
        var (attacker, _) = await fixture.AttackerAsync(viewerAgs);
        foreach (var (tenant, answers) in findable)
        {
            attacker.KnownByConsent[tenant] = answers;
        }

        await attacker.CollectAsync(round);

        var findings = attacker.Findings(_ => Fixture.RandomK);
        findings.ShouldBeEmpty(string.Join(Environment.NewLine, findings.Take(20)));
        attacker.SmallCounts.ShouldBeEmpty(string.Join(Environment.NewLine, attacker.SmallCounts.Take(20)));
        attacker.Respondents[round].Count.ShouldBe(size);
    }

    [Fact]
    public async Task A_Tenant_Should_Get_Neither_The_Answer_Map_Nor_An_Unknown_Filter()
    {
        var (_, rounds) = await fixture.AttackerAsync("05770024");
        var viewer = await fixture.CdoAsync("05770024");

        (await viewer.GetAsync($"/api/survey/rounds/{rounds[0]}/map?question=lora.state")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var (query, parameter) in new[] { ("district=05999", "district"), ("kind=Landkreis", "kind"), ("sizeClass=Huge", "sizeClass"), ("kind=7", "kind") })
        {
            var response = await viewer.GetAsync($"/api/survey/rounds/{rounds[0]}/report?{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            (await response.Content.ReadAsStringAsync()).ShouldContain($"\"{parameter}\"", Case.Sensitive, "the problem names the parameter");
        }
    }

    [Fact]
    public async Task The_Same_Cell_Should_Be_Shown_Or_Hidden_Alike_On_The_Page_In_The_Csv_The_Xlsx_And_The_Pdf()
    {
        var (_, rounds) = await fixture.AttackerAsync("05770024");
        var viewer = await fixture.CdoAsync("05770024");
        var previousCulture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo("de-DE"), new CultureInfo("de-DE"));
        try
        {
            var compared = 0;
            foreach (var query in new[] { string.Empty, "kind=Municipality", "district=05770&kind=Municipality" })
            {
                var report = (await viewer.GetFromJsonAsync<SurveyReportDto>($"/api/survey/rounds/{rounds[1]}/report?{query}", ApiJson.Options))!;
                var csv = Rows(await viewer.GetByteArrayAsync($"/api/survey/rounds/{rounds[1]}/report.csv?{query}"), idColumn: 2);
                var xlsx = Rows(await viewer.GetByteArrayAsync($"/api/survey/rounds/{rounds[1]}/report.xlsx?{query}"), idColumn: 1);
                string html;
                await using (var scope = fixture.Factory.Services.CreateAsyncScope())
                {
                    html = WebUtility.HtmlDecode(await OwlDigital.Blazor.Printing.SurveyReportPdfEndpoint.RenderDocumentAsync(report, scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>()));
                }

                report.Questions.SelectMany(q => q.Cells).ShouldContain(c => c.Count == null, "the comparison includes suppressed cells");
                foreach (var question in report.Questions)
                {
                    foreach (var cell in question.Cells)
                    {
                        var expected = cell.Count?.ToString(CultureInfo.InvariantCulture) ?? SurveyReportAppService.SuppressedMark;
                        csv[(question.QuestionId, cell.Key)].ShouldBe(expected, $"CSV {query} {question.QuestionId} {cell.Key}");
                        xlsx[(question.QuestionId, cell.Key)].ShouldBe(expected, $"XLSX {query} {question.QuestionId} {cell.Key}");
                        var printed = Regex.Match(html, $"data-testid=\"cell-{Regex.Escape($"{question.QuestionId}-{cell.Key}")}\".*?owl-bar-value\">([^<]*)<", RegexOptions.Singleline);
                        printed.Groups[1].Value.ShouldBe(cell.Count?.ToString(CultureInfo.CurrentCulture) ?? "gesperrt", $"PDF {query} {question.QuestionId} {cell.Key}");
                        compared++;
                    }
                }

                html.ShouldContain("Geprüft bei der Veröffentlichung", Case.Sensitive, "the PDF states its protection");
            }

            compared.ShouldBeGreaterThan(150);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previousCulture;
        }
    }

    /// <summary>The exports' rows by question id and answer: the count column (a number, or the suppression mark).</summary>
    private static Dictionary<(string Question, string Answer), string> Rows(byte[] file, int idColumn) =>
        OwlDigital.Import.TableFileReader.Read(file).Sheets
            .SelectMany(sheet => sheet.Rows.Select(row => row.Cells))
            .Where(row => row.Length > idColumn + 2 && ProfileQuestions.Find(row[idColumn]) is not null)
            .ToDictionary(row => (row[idColumn], row[idColumn + 1]), row => row[idColumn + 2]);

    public sealed class Fixture : WebHostFixture
    {
        public const int RandomK = 5;

        private const int PoolSize = 120;

        public IReadOnlyList<Guid> DemoRounds { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await WithScopeAsync(async services =>
            {
                var context = new DataSeedContext { DemoUserPassword = "Demo-Passwort-Test1" };
                foreach (var contributor in services.GetServices<IDataSeedContributor>().Where(c => c is DemoSurveyDataSeedContributor or SurveyPublicationSeedContributor))
                {
                    await contributor.SeedAsync(context);
                }
            });

            // The random regions' tenants, copies of one municipality around the domain (whose keys are OWL's only).
            await TestPostgres.ExecuteAsync(OwnerConnectionString, $"""
                INSERT INTO tenants
                SELECT (jsonb_populate_record(NULL::tenants, to_jsonb(t) || jsonb_build_object(
                    'id', gen_random_uuid(), 'ags', (90000000 + g)::text, 'ars', (900000000000 + g)::text, 'name', 'Zufallsgemeinde ' || g))).*
                FROM tenants t, generate_series(1, {PoolSize}) g WHERE t.ags = '05770024'
                """);
            DemoRounds = await WithScopeAsync(async services => (await services.GetRequiredService<ISurveyRepository>().GetRoundsAsync())
                .Where(r => r.Name is DemoSurveyDataSeedContributor.FirstRound or DemoSurveyDataSeedContributor.SecondRound)
                .OrderBy(r => r.PeriodStart).Select(r => r.Id).ToList());
        }

        public async Task<HttpClient> CdoAsync(string ags) => await SignedInOnceAsync($"attack-cdo-{ags}@owl.test", MembershipRole.TenantAdmin, await this.TenantIdAsync(ags));

        /// <summary>A signed-in CDO as attacker, with the directory read and the respondents of every published round known.</summary>
        public async Task<(TenantViewerAttacker Attacker, IReadOnlyList<Guid> DemoRounds)> AttackerAsync(string ags)
        {
            var client = await CdoAsync(ags);
            var attacker = new TenantViewerAttacker(client, await this.TenantIdAsync(ags));
            await attacker.LoadDirectoryAsync();
            foreach (var round in await WithScopeAsync(async services => await services.GetRequiredService<ISurveyRepository>().GetRoundsAsync()))
            {
                attacker.Respondents[round.Id] = await WithScopeAsync(async services =>
                    (await services.GetRequiredService<ISurveyRepository>().GetSignedOffResponsesAsync(round.Id)).Select(r => r.TenantId).Order().ToList());
            }

            return (attacker, DemoRounds);
        }

        /// <summary>
        /// A published round answered by <paramref name="size"/> tenants of the pool with random districts,
        /// kinds, populations and answers; about a fifth opt in to the peer search. Returns a respondent
        /// to attack from and what the findable ones disclosed.
        /// </summary>
        public async Task<(Guid Round, string ViewerAgs, Dictionary<Guid, Dictionary<string, IReadOnlyList<string>>> Findable)> RandomRoundAsync(int seed, int size)
        {
            var random = new Random(seed);
            var pool = await TestPostgres.QueryTextAsync(OwnerConnectionString, "SELECT ags FROM tenants WHERE ags LIKE '9%' ORDER BY ags");
            var chosen = pool.OrderBy(_ => random.Next()).Take(size).ToList();
            string[] districts = ["05711", "05754", "05754", "05758", "05762", "05766", "05766", "05770", "05770", "05774"];
            var updates = pool.Select(ags =>
            {
                var kind = random.NextDouble() switch { < 0.88 => "Municipality", < 0.97 => "District", _ => "DistrictFreeCity" };
                var population = (int)Math.Exp(random.NextDouble() * (Math.Log(400_000) - Math.Log(3_000)) + Math.Log(3_000));
                return $"UPDATE tenants SET district_key = '{districts[random.Next(districts.Length)]}', kind = '{kind}', population = {population} WHERE ags = '{ags}';";
            });
            await TestPostgres.ExecuteAsync(OwnerConnectionString, string.Join('\n', updates));

            var roundId = await WithScopeAsync(async services =>
            {
                var round = new SurveyRound(Guid.NewGuid(), $"Zufallsregion {seed}", new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 31), RandomK, ProfileQuestions.All.Select(q => q.Id).ToList());
                await services.GetRequiredService<ISurveyRepository>().InsertRoundAsync(round);
                round.Open();
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
                return round.Id;
            });

            var findable = new Dictionary<Guid, Dictionary<string, IReadOnlyList<string>>>();
            foreach (var ags in chosen)
            {
                var tenantId = await this.TenantIdAsync(ags);
                var (answers, derived) = RandomAnswers(random);
                var (round, response) = await this.SignedOffResponseAsync(roundId, tenantId, answers, derived);
                if (answers.GetValueOrDefault("org.findable")?.Flag == true)
                {
                    findable[tenantId] = ProfileQuestions.Searchable.ToDictionary(
                        id => id, id => QuestionAggregation.KeysOf(ProfileQuestions.Find(id)!, response.AnswerTo(ProfileQuestions.Find(id)!), round.PeriodEnd.Year));
                }
            }

            await WithScopeAsync(async services =>
            {
                var round = (await services.GetRequiredService<ISurveyRepository>().FindRoundAsync(roundId))!;
                round.Close(DateTimeOffset.UtcNow);
                await services.GetRequiredService<SurveyPublicationManager>().PublishAsync(round);
                await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            });
            return (roundId, chosen[random.Next(chosen.Count)], findable);
        }

        /// <summary>Random answers of every kind, with common terms (so some are shown) and a few of one's own (so some are not).</summary>
        private static (Dictionary<string, ProfileAnswer?> Answers, Dictionary<string, decimal> Derived) RandomAnswers(Random random)
        {
            string[] vocabulary = ["Form-Solutions", "Formcycle", "E-Akte", "Pegelmessung", "Parkraum", "regio iT", "optiGov", "d.velop", "Open.NRW", "Bürgerservice"];
            var answers = new Dictionary<string, ProfileAnswer?>();
            foreach (var question in ProfileQuestions.All.Where(q => !q.IsDerived))
            {
                if (random.NextDouble() < 0.15)
                {
                    continue;
                }

                answers[question.Id] = question.Type switch
                {
                    ProfileQuestionType.YesNo => new ProfileAnswer(Flag: question.Id == "org.findable" ? random.NextDouble() < 0.2 : random.NextDouble() < 0.6),
                    ProfileQuestionType.Choice => new ProfileAnswer(Text: question.Options[random.Next(question.Options.Count)]),
                    ProfileQuestionType.MultiChoice => new ProfileAnswer(Values: random.NextDouble() < 0.2 && question.Options.Contains("none")
                        ? ["none"] : question.Options.Where(o => o != "none" && random.NextDouble() < 0.5).DefaultIfEmpty(question.Options[0]).ToList()),
                    ProfileQuestionType.Number => new ProfileAnswer(Number: random.Next(0, 220)),
                    ProfileQuestionType.Percent => new ProfileAnswer(Number: random.Next(0, 101)),
                    ProfileQuestionType.Year => new ProfileAnswer(Number: random.Next(2008, 2027)),
                    ProfileQuestionType.Text => new ProfileAnswer(Text: random.NextDouble() < 0.7 ? vocabulary[random.Next(4)] : $"Eigene Antwort {random.Next(1000)}"),
                    _ => new ProfileAnswer(Values: vocabulary.Where(_ => random.NextDouble() < 0.3).Append(random.NextDouble() < 0.2 ? $"Eigenes {random.Next(1000)}" : vocabulary[0]).ToList()),
                };
            }

            if (answers.GetValueOrDefault("dms.state")?.Text == "none")
            {
                answers.Remove("dms.vendors");
            }

            return (answers, new Dictionary<string, decimal> { ["online.count"] = random.Next(0, 200) });
        }
    }
}

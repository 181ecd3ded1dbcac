using System.Globalization;
using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.Export;
using OwlDigital.Localization;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Profiles;
using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// The benchmark report of a round, question by question, over the tenants a filter selects,
/// with the previous round beside it. Host roles see every figure; anyone else sees a published
/// round only, with small groups and cells suppressed (<see cref="SmallGroupSuppression"/>), and
/// their own answer marked.
/// </summary>
public sealed class SurveyReportAppService(
    ISurveyRepository surveys,
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    IPermissionChecker permissionChecker,
    IStringLocalizer<OwlDigitalResource> localizer) : ISurveyReportAppService
{
    public async Task<SurveyReportDto> GetReportAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default) =>
        (await BuildAsync(roundId, filter, withDistrict: true, cancellationToken)).Report;

    /// <summary>
    /// The report, and the round's signed-off responses and the tenants it was counted from (the
    /// Excel export lists them for host roles without reading them again). The district column is
    /// for the screen and the PDF; the exports hold the selection only.
    /// </summary>
    private async Task<(SurveyReportDto Report, List<SurveyResponse> Responses, List<Tenant> Tenants)> BuildAsync(
        Guid roundId, SurveyReportFilter filter, bool withDistrict, CancellationToken cancellationToken)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Surveys.Default, cancellationToken);
        var restricted = !await permissionChecker.IsGrantedAsync(OwlDigitalPermissions.Surveys.Monitor, cancellationToken);
        var round = await surveys.FindRoundAsync(roundId, cancellationToken) ?? throw new EntityNotFoundException(typeof(SurveyRound), roundId);
        if (restricted && round.State != SurveyRoundState.Published)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.Surveys.NotPublished, isAuthenticated: true).WithDetail("Round", round.Name);
        }

        var all = await tenants.GetAllAsync(cancellationToken);
        var attributes = all.ToDictionary(t => t.Id, t => (t.DistrictKey, t.Kind, Size: SizeClasses.Of(t.Population)));
        var responses = (await surveys.GetSignedOffResponsesAsync(round.Id, cancellationToken)).Where(r => attributes.ContainsKey(r.TenantId)).ToList();
        bool Matches(SurveyResponse response, SurveyReportFilter f)
        {
            var (district, kind, size) = attributes[response.TenantId];
            return (f.DistrictKey is null || f.DistrictKey == district) && (f.Kind is null || f.Kind == kind) && (f.SizeClass is null || f.SizeClass == size);
        }

        var selected = responses.Where(r => Matches(r, filter)).ToList();
        var asOf = round.ClosedAt ?? timeProvider.GetUtcNow();
        var previousRound = (await surveys.GetRoundsAsync(cancellationToken))
            .Where(r => r.Id != round.Id && r.State is SurveyRoundState.Closed or SurveyRoundState.Published && r.PeriodEnd < round.PeriodStart)
            .MaxBy(r => r.PeriodEnd);
        if (restricted)
        {
            var wider = Wider(filter).Select(f => responses.Count(r => Matches(r, f)));
            if (SmallGroupSuppression.CheckGroup(selected.Count, wider, round.MinGroupSize) is { } reason)
            {
                return (new SurveyReportDto(round.Id, round.Name, round.State, asOf, round.MinGroupSize, true, filter, null, reason, previousRound?.Name, []), responses, all);
            }
        }

        var previous = previousRound is null ? null : (await surveys.GetSignedOffResponsesAsync(previousRound.Id, cancellationToken)).Where(r => attributes.ContainsKey(r.TenantId) && Matches(r, filter)).ToList();
        var previousShown = previous is not null && (!restricted || previous.Count >= previousRound!.MinGroupSize);
        var own = currentTenant.Id is { } tenantId ? responses.FirstOrDefault(r => r.TenantId == tenantId) : null;

        // A tenant compares itself with the region and its own district: the district column is the
        // district filter applied on top, so it passes the same group check as choosing that filter.
        var ownDistrict = withDistrict && currentTenant.Id is { } viewerId && filter.DistrictKey is null && attributes.TryGetValue(viewerId, out var viewer) ? viewer.DistrictKey : null;
        var districtFilter = filter with { DistrictKey = ownDistrict };
        var district = ownDistrict is null ? null : responses.Where(r => Matches(r, districtFilter)).ToList();
        var districtSuppressed = district is not null && restricted
            ? SmallGroupSuppression.CheckGroup(district.Count, Wider(districtFilter).Select(f => responses.Count(r => Matches(r, f))), round.MinGroupSize)
            : null;
        var districtShown = district is not null && districtSuppressed is null;

        var questions = round.QuestionIds.Select(ProfileQuestions.Find).OfType<ProfileQuestion>().Select(question =>
        {
            var figures = Figures(question, selected, restricted, round.MinGroupSize);
            var before = previousShown && previousRound!.Asks(question.Id) ? Figures(question, previous!, restricted, previousRound.MinGroupSize) : null;
            var inDistrict = districtShown ? Figures(question, district!, restricted, round.MinGroupSize) : null;
            return new QuestionReportDto(
                question.Id,
                question.Chapter,
                question.Type,
                question.IsDerived,
                figures.MultipleAnswers,
                figures.Respondents,
                figures.Answered,
                figures.NotAnswered,
                Cells(figures),
                own is null ? null : OwnKeys(question, AnswerOf(question, own)),
                before is null ? null : Cells(before),
                inDistrict is null ? null : Cells(inDistrict));
        }).ToList();
        return (new SurveyReportDto(
            round.Id, round.Name, round.State, asOf, round.MinGroupSize, restricted, filter, selected.Count, null, previousShown ? previousRound!.Name : null, questions,
            ownDistrict, districtShown ? district!.Count : null, districtSuppressed), responses, all);
    }

    public async Task<IReadOnlyList<TenantAnswerDto>> GetAnswerMapAsync(Guid roundId, string questionId, CancellationToken cancellationToken = default)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Surveys.Monitor, cancellationToken);
        var round = await surveys.FindRoundAsync(roundId, cancellationToken) ?? throw new EntityNotFoundException(typeof(SurveyRound), roundId);
        var question = ProfileQuestions.Find(questionId ?? string.Empty);
        if (question is not { Type: ProfileQuestionType.YesNo or ProfileQuestionType.Choice } || !round.Asks(question.Id))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.QuestionNotInRound).WithDetail("Question", questionId).ForField("question");
        }

        var answers = (await surveys.GetSignedOffResponsesAsync(roundId, cancellationToken)).ToDictionary(r => r.TenantId, r => OwnKeys(question, AnswerOf(question, r)).FirstOrDefault());
        return (await tenants.GetAllAsync(cancellationToken))
            .Where(t => t.IsActive)
            .Select(t => new TenantAnswerDto(t.Id, answers.GetValueOrDefault(t.Id)))
            .ToList();
    }

    public async Task<byte[]> ExportCsvAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default)
    {
        var (report, _, _) = await BuildAsync(roundId, filter, withDistrict: false, cancellationToken);
        var csv = new CsvBuilder();
        csv.AddRow(FigureHeader(withChapter: true));
        foreach (var question in report.Questions)
        {
            foreach (var row in FigureRows(report, question))
            {
                csv.AddRow([localizer[$"ProfileChapter:{question.Chapter}"], .. row]);
            }
        }

        return csv.ToUtf8WithBom();
    }

    public async Task<byte[]> ExportXlsxAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default)
    {
        var (report, responses, all) = await BuildAsync(roundId, filter, withDistrict: false, cancellationToken);
        var workbook = new XlsxBuilder();
        foreach (var chapter in report.Questions.GroupBy(q => q.Chapter))
        {
            workbook.Sheet(localizer[$"ProfileChapter:{chapter.Key}"]).Row(FigureHeader(withChapter: false));
            foreach (var row in chapter.SelectMany(q => FigureRows(report, q)))
            {
                workbook.Row([.. row]);
            }
        }

        if (!report.IsRestricted)
        {
            // Individual answers are for host roles only (and the tenant itself, in its own view).
            var names = all.ToDictionary(t => t.Id, t => (t.Ags, t.Name));
            var questionIds = report.Questions.Select(q => q.QuestionId).ToList();
            workbook.Sheet(localizer["Report:RawAnswers"]).Row(["AGS", localizer["Tenants:Name"], .. questionIds]);
            foreach (var response in responses.OrderBy(r => names.GetValueOrDefault(r.TenantId).Ags, StringComparer.Ordinal))
            {
                var (ags, name) = names.GetValueOrDefault(response.TenantId);
                workbook.Row([ags, name, .. questionIds.Select(id => (object?)RawText(ProfileQuestions.Find(id)!, response))]);
            }
        }

        return workbook.ToBytes();
    }

    private string?[] FigureHeader(bool withChapter)
    {
        string?[] header = [localizer["Report:Question"], localizer["Report:QuestionId"], localizer["Report:Answer"], localizer["Report:Tenants"], "n", localizer["Report:NotAnsweredColumn"], localizer["Report:Source"], localizer["Report:AsOf"]];
        return withChapter ? [localizer["Report:Chapter"], .. header] : header;
    }

    private IEnumerable<string?[]> FigureRows(SurveyReportDto report, QuestionReportDto question) =>
        question.Cells.Select(cell => new string?[]
        {
            localizer[$"Question:{question.QuestionId}"],
            question.QuestionId,
            cell.Key,
            cell.Count?.ToString(CultureInfo.InvariantCulture) ?? $"<{report.MinGroupSize}",
            question.Respondents.ToString(CultureInfo.InvariantCulture),
            question.NotAnswered?.ToString(CultureInfo.InvariantCulture) ?? $"<{report.MinGroupSize}",
            localizer[question.IsDerived ? "Report:Derived" : "Report:SelfReported"],
            report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    private static string? RawText(ProfileQuestion question, SurveyResponse response) => AnswerOf(question, response) switch
    {
        null => null,
        { Flag: { } flag } => flag ? "ja" : "nein",
        { Number: { } number } => number.ToString(CultureInfo.InvariantCulture),
        { Text: { } text } => text,
        { Values: { } values } => string.Join("; ", values),
        _ => null,
    };

    private static List<FigureCellDto> Cells(QuestionFigures figures) => figures.Cells.Select(c => new FigureCellDto(c.Key, c.Count)).ToList();

    private static QuestionFigures Figures(ProfileQuestion question, List<SurveyResponse> responses, bool restricted, int k)
    {
        var figures = QuestionAggregation.Aggregate(question, responses.Select(r => AnswerOf(question, r)).ToList());
        return restricted ? SmallGroupSuppression.SuppressCells(figures, k) : figures;
    }

    /// <summary>Derived questions take the figure the application derived when the response was saved.</summary>
    private static ProfileAnswer? AnswerOf(ProfileQuestion question, SurveyResponse response) =>
        question.IsDerived
            ? response.Derived.TryGetValue(question.Id, out var value) ? new ProfileAnswer(Number: value) : null
            : response.Answers.GetValueOrDefault(question.Id);

    /// <summary>The selections one filter wider than the given one: what a viewer could subtract the selection from.</summary>
    private static IEnumerable<SurveyReportFilter> Wider(SurveyReportFilter filter)
    {
        if (filter.DistrictKey is not null)
        {
            yield return filter with { DistrictKey = null };
        }

        if (filter.Kind is not null)
        {
            yield return filter with { Kind = null };
        }

        if (filter.SizeClass is not null)
        {
            yield return filter with { SizeClass = null };
        }
    }

    private static IReadOnlyList<string> OwnKeys(ProfileQuestion question, ProfileAnswer? answer)
    {
        if (answer is null || answer.IsEmpty)
        {
            return [];
        }

        return question.Type switch
        {
            ProfileQuestionType.YesNo => [answer.Flag == true ? "yes" : "no"],
            ProfileQuestionType.Choice => [answer.Text!],
            ProfileQuestionType.Number => [QuestionAggregation.BucketOf(answer.Number!.Value, QuestionAggregation.NumberStep, null)],
            ProfileQuestionType.Percent => [QuestionAggregation.BucketOf(answer.Number!.Value, QuestionAggregation.PercentStep, 80)],
            ProfileQuestionType.Year => [((int)answer.Number!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ProfileQuestionType.Text => [answer.Text!.Trim()],
            _ => answer.Values ?? [],
        };
    }
}

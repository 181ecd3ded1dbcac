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
/// The benchmark report of a round, question by question, over the tenants a filter selects, with
/// the previous round beside it. Host roles see every figure, computed live. Anyone else sees a
/// published round only, and only the figures fixed when it was published
/// (<see cref="SurveyPublication"/>): the disclosure check ran there, once, for every selection,
/// column and export a tenant can obtain, so nothing here computes a tenant-visible figure.
/// </summary>
public sealed class SurveyReportAppService(
    ISurveyRepository surveys,
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    CurrentAccess currentAccess,
    SurveyPublicationManager publications,
    SurveyRoundFiguresManager roundFigures,
    TimeProvider timeProvider,
    IPermissionChecker permissionChecker,
    IStringLocalizer<OwlDigitalResource> localizer) : ISurveyReportAppService
{
    /// <summary>How the CSV and XLSX exports mark a suppressed count (the sign of official statistics for "secret").</summary>
    public const string SuppressedMark = ".";

    public async Task<SurveyReportDto> GetReportAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default) =>
        (await BuildAsync(roundId, filter, withDistrict: true, cancellationToken)).Report;

    /// <summary>
    /// The report, and for host roles the round's signed-off responses and the tenants it was counted
    /// from (the Excel export lists them without reading them again). The district column is for the
    /// screen and the PDF; the exports hold the selection only.
    /// </summary>
    private async Task<(SurveyReportDto Report, List<SurveyResponse> Responses, IReadOnlyList<Tenant> Tenants)> BuildAsync(
        Guid roundId, SurveyReportFilter filter, bool withDistrict, CancellationToken cancellationToken)
    {
        var restricted = filter.AsPublished || !await permissionChecker.IsGrantedAsync(OwlDigitalPermissions.Surveys.Monitor, cancellationToken);
        var rounds = await surveys.GetRoundsAsync(cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Id == roundId) ?? throw new EntityNotFoundException(typeof(SurveyRound), roundId);
        if (restricted && round.State != SurveyRoundState.Published)
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.Surveys.NotPublished, isAuthenticated: true).WithDetail("Round", round.Name);
        }

        CheckFilter(filter);
        var selection = new ReportSelection(filter.DistrictKey, filter.Kind, filter.SizeClass);
        if (restricted)
        {
            return (await ProtectedAsync(round, rounds, selection, filter, withDistrict, cancellationToken), [], []);
        }

        // The screen (and the PDF) of a closed round reads its stored figures; the exports list
        // the responses and count them, as for an open round.
        return withDistrict && round.State is SurveyRoundState.Closed or SurveyRoundState.Published
            ? (await StoredAsync(round, rounds, selection, filter, cancellationToken), [], [])
            : await UnprotectedAsync(round, rounds, selection, filter, withDistrict, cancellationToken);
    }

    /// <summary>Tenants' view: the figures fixed at publication, for the selection, the own district and the previous published round.</summary>
    private async Task<SurveyReportDto> ProtectedAsync(
        SurveyRound round, List<SurveyRound> rounds, ReportSelection selection, SurveyReportFilter filter, bool withDistrict, CancellationToken cancellationToken)
    {
        // Only a published round may stand beside it: a closed one is not the tenants' to see yet.
        var previousRound = Previous(round, rounds, r => r.State == SurveyRoundState.Published);
        var view = await surveys.GetPublishedViewAsync(round.Id, previousRound?.Id, cancellationToken);
        var publication = view.Publication ?? await PublicationOfAsync(round, cancellationToken);
        var protection = Protection(publication);
        var asOf = round.ClosedAt ?? timeProvider.GetUtcNow();
        if (publication.Find(selection) is not { } selected)
        {
            return new SurveyReportDto(round.Id, round.Name, round.State, asOf, round.MinGroupSize, true, filter, null, SuppressionReason.ProtectsSmallGroups,
                previousRound?.Name, [], Protection: protection);
        }

        var previousPublication = previousRound is null ? null : view.PreviousPublication ?? await PublicationOfAsync(previousRound, cancellationToken);
        var previous = previousPublication?.Find(selection);
        var own = view.OwnResponse is { IsSignedOff: true } response ? response : null;

        // A tenant compares itself with the region and its own district; where the district as a whole
        // cannot be shown (its district authority is alone in its kind there), its municipalities may be.
        string? ownDistrict = null;
        PublishedSelection? district = null;
        SurveyReportFilter? districtFilter = null;
        if (withDistrict && filter.DistrictKey is null && (await currentAccess.GetAsync(cancellationToken)).Tenant is { } viewer)
        {
            ownDistrict = viewer.DistrictKey;
            var options = new List<ReportSelection> { selection with { DistrictKey = ownDistrict } };
            if (selection.Kind is null)
            {
                options.Add(selection with { DistrictKey = ownDistrict, Kind = TenantKind.Municipality });
            }

            var found = options.Select(o => (Selection: o, Figures: publication.Find(o))).FirstOrDefault(o => o.Figures is { Respondents: > 0 });
            (district, districtFilter) = found.Figures is { } figures
                ? (figures, new SurveyReportFilter(found.Selection.DistrictKey, found.Selection.Kind, found.Selection.SizeClass))
                : (null, null);
        }

        var questions = selected.Questions.Select(figures =>
        {
            var question = ProfileQuestions.Find(figures.QuestionId)!;
            var comparable = previousRound is not null && round.ComparableWith(previousRound, question.Id);
            var before = comparable ? previous?.Questions.FirstOrDefault(q => q.QuestionId == figures.QuestionId) : null;
            var inDistrict = district?.Questions.FirstOrDefault(q => q.QuestionId == figures.QuestionId);
            return ToDto(round, question, figures, own is null ? null : OwnKeys(question, own, figures, round.PeriodEnd.Year), before, inDistrict, NotComparable(round, previous is null ? null : previousRound, question));
        }).ToList();
        return new SurveyReportDto(
            round.Id, round.Name, round.State, asOf, round.MinGroupSize, true, filter, selected.Respondents, null, previous is null ? null : previousRound!.Name, questions,
            ownDistrict, district?.Respondents, ownDistrict is not null && district is null ? SuppressionReason.ProtectsSmallGroups : null, districtFilter, protection,
            selected.WithheldQuestions);
    }

    /// <summary>Host roles' view: every figure, live, over the signed-off responses.</summary>
    private async Task<(SurveyReportDto Report, List<SurveyResponse> Responses, IReadOnlyList<Tenant> Tenants)> UnprotectedAsync(
        SurveyRound round, List<SurveyRound> rounds, ReportSelection selection, SurveyReportFilter filter, bool withDistrict, CancellationToken cancellationToken)
    {
        var all = await tenants.GetAllAsync(cancellationToken);
        var directory = all.ToDictionary(t => t.Id);
        var responses = (await surveys.GetSignedOffResponsesAsync(round.Id, cancellationToken)).Where(r => directory.ContainsKey(r.TenantId)).ToList();
        bool In(SurveyResponse response, ReportSelection s)
        {
            var tenant = directory[response.TenantId];
            return s.Includes(new ReportRespondent(tenant.Id, tenant.DistrictKey, tenant.Kind, SizeClasses.Of(tenant.Population)));
        }

        var selected = responses.Where(r => In(r, selection)).ToList();
        var previousRound = Previous(round, rounds, r => r.State is SurveyRoundState.Closed or SurveyRoundState.Published);
        var previous = previousRound is null ? null : (await surveys.GetSignedOffResponsesAsync(previousRound.Id, cancellationToken)).Where(r => directory.ContainsKey(r.TenantId) && In(r, selection)).ToList();
        var own = currentTenant.Id is { } tenantId ? responses.FirstOrDefault(r => r.TenantId == tenantId) : null;
        var ownDistrict = withDistrict && own is not null && filter.DistrictKey is null ? directory[own.TenantId].DistrictKey : null;
        var districtSelection = selection with { DistrictKey = ownDistrict };
        var district = ownDistrict is null ? null : responses.Where(r => In(r, districtSelection)).ToList();
        var publication = round.State == SurveyRoundState.Published ? await surveys.FindPublicationAsync(round.Id, cancellationToken) : null;

        // Counted as the stored figures of a closed round are: the two must stay equal.
        static QuestionFigures Figures(ProfileQuestion question, List<SurveyResponse> over, SurveyRound of) => SurveyRoundFiguresBuilder.Figures(question, over, of);
        var questions = round.QuestionIds.Select(ProfileQuestions.Find).OfType<ProfileQuestion>().Select(question =>
        {
            var figures = Figures(question, selected, round);
            var before = previous is not null && round.ComparableWith(previousRound!, question.Id) ? Figures(question, previous, previousRound!) : null;
            var inDistrict = district is null ? null : Figures(question, district, round);
            return ToDto(round, question, figures, own is null ? null : OwnKeys(question, own, figures, round.PeriodEnd.Year), before, inDistrict, NotComparable(round, previousRound, question));
        }).ToList();
        var report = new SurveyReportDto(
            round.Id, round.Name, round.State, round.ClosedAt ?? timeProvider.GetUtcNow(), round.MinGroupSize, false, filter, selected.Count, null, previousRound?.Name, questions,
            ownDistrict, district?.Count, null, ownDistrict is null ? null : filter with { DistrictKey = ownDistrict }, publication is null ? null : Protection(publication), []);
        return (report, responses, all);
    }

    /// <summary>
    /// Host roles' view of a closed round: the figures stored when it closed, for the selection,
    /// the own district and the previous round; the same figures the live count gives, read in one
    /// statement whatever the number of tenants.
    /// </summary>
    private async Task<SurveyReportDto> StoredAsync(SurveyRound round, List<SurveyRound> rounds, ReportSelection selection, SurveyReportFilter filter, CancellationToken cancellationToken)
    {
        var previousRound = Previous(round, rounds, r => r.State is SurveyRoundState.Closed or SurveyRoundState.Published);
        var own = currentTenant.Id is not null && await surveys.FindResponseAsync(round.Id, cancellationToken) is { IsSignedOff: true } response ? response : null;
        var ownDistrict = own is not null && filter.DistrictKey is null ? (await currentAccess.GetAsync(cancellationToken)).Tenant?.DistrictKey : null;
        var districtSelection = selection with { DistrictKey = ownDistrict };
        var keys = new[] { SurveyRoundFigures.KeyOf(selection), SurveyRoundFigures.KeyOf(districtSelection) };
        var stored = await surveys.GetFiguresAsync(round.Id, previousRound?.Id, keys, cancellationToken);
        var current = await StoredOfAsync(round, stored, cancellationToken);
        var previous = previousRound is null ? null : await StoredOfAsync(previousRound, stored, cancellationToken);
        var selected = current.GetValueOrDefault(keys[0]);
        var district = ownDistrict is null ? null : current.GetValueOrDefault(keys[1]);
        var publication = round.State == SurveyRoundState.Published ? await surveys.FindPublicationAsync(round.Id, cancellationToken) : null;

        var questions = round.QuestionIds.Select(ProfileQuestions.Find).OfType<ProfileQuestion>().Select(question =>
        {
            var figures = FiguresOf(selected, question, round);
            var before = previousRound is not null && round.ComparableWith(previousRound, question.Id) ? FiguresOf(previous!.GetValueOrDefault(keys[0]), question, previousRound) : null;
            var inDistrict = ownDistrict is null ? null : FiguresOf(district, question, round);
            return ToDto(round, question, figures, own is null ? null : OwnKeys(question, own, figures, round.PeriodEnd.Year), before, inDistrict, NotComparable(round, previousRound, question));
        }).ToList();
        return new SurveyReportDto(
            round.Id, round.Name, round.State, round.ClosedAt ?? timeProvider.GetUtcNow(), round.MinGroupSize, false, filter, selected?.Respondents ?? 0, null, previousRound?.Name, questions,
            ownDistrict, ownDistrict is null ? null : district?.Respondents ?? 0, null, ownDistrict is null ? null : filter with { DistrictKey = ownDistrict },
            publication is null ? null : Protection(publication), []);
    }

    /// <summary>The round's stored figures by selection key; computed and stored first when the round closed before they were kept.</summary>
    private async Task<IReadOnlyDictionary<string, SurveyRoundFigures>> StoredOfAsync(SurveyRound round, List<SurveyRoundFigures> read, CancellationToken cancellationToken)
    {
        var ofRound = read.Where(f => f.RoundId == round.Id).ToList();
        if (!ofRound.Any(f => f.SelectionKey == SurveyRoundFigures.KeyOf(ReportSelection.Region)))
        {
            ofRound = await roundFigures.StoreOnceAsync(round, cancellationToken);
        }

        return ofRound.ToDictionary(f => f.SelectionKey);
    }

    /// <summary>A selection without respondents has no row: its figures are those of nobody.</summary>
    private static QuestionFigures FiguresOf(SurveyRoundFigures? stored, ProfileQuestion question, SurveyRound round) =>
        stored?.Questions.FirstOrDefault(q => q.QuestionId == question.Id) ?? SurveyRoundFiguresBuilder.Figures(question, [], round);

    public async Task<IReadOnlyList<TenantAnswerDto>> GetAnswerMapAsync(Guid roundId, string questionId, CancellationToken cancellationToken = default)
    {
        var round = await surveys.FindRoundAsync(roundId, cancellationToken) ?? throw new EntityNotFoundException(typeof(SurveyRound), roundId);
        var question = ProfileQuestions.Find(questionId ?? string.Empty);
        if (question is not { Type: ProfileQuestionType.YesNo or ProfileQuestionType.Choice } || !round.Asks(question.Id))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.QuestionNotInRound).WithDetail("Question", questionId).ForField("question");
        }

        var answers = (await surveys.GetSignedOffResponsesAsync(roundId, cancellationToken))
            .ToDictionary(r => r.TenantId, r => QuestionAggregation.KeysOf(question, r.AnswerTo(question), round.PeriodEnd.Year).FirstOrDefault());
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

        foreach (var line in ProtectionLines(report))
        {
            csv.AddRow([line]);
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

        workbook.Sheet(localizer["Report:ProtectionSheet"]);
        foreach (var line in ProtectionLines(report))
        {
            workbook.Row([line]);
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

    /// <summary>A district, kind or size class that does not exist is refused by name, not answered with an empty report.</summary>
    private static void CheckFilter(SurveyReportFilter filter)
    {
        var bad = filter.DistrictKey is { } key && !OwlDistricts.Contains(key) ? ("district", key)
            : filter.Kind is { } kind && !Enum.IsDefined(kind) ? ("kind", kind.ToString())
            : filter.SizeClass is { } size && !Enum.IsDefined(size) ? ("sizeClass", size.ToString())
            : default((string Parameter, string Value)?);
        if (bad is { } problem)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.UnknownFilter).WithDetail("Parameter", problem.Parameter).WithDetail("Value", problem.Value).ForField(problem.Parameter);
        }
    }

    private async Task<SurveyPublication> PublicationOfAsync(SurveyRound round, CancellationToken cancellationToken) =>
        await surveys.FindPublicationAsync(round.Id, cancellationToken)

        // Published before figures were fixed, and the migrator has not fixed them yet: fix them now, once.
        ?? await surveys.StorePublicationOnceAsync(await publications.ComputeAsync(round, cancellationToken), cancellationToken);

    private static SurveyRound? Previous(SurveyRound round, List<SurveyRound> rounds, Func<SurveyRound, bool> eligible) =>
        rounds.Where(r => r.Id != round.Id && eligible(r) && r.PeriodEnd < round.PeriodStart).MaxBy(r => r.PeriodEnd);

    private static ReportProtectionDto Protection(SurveyPublication publication) =>
        new(publication.Content.MinGroupSize, publication.ComputedAt, publication.Content.Selections.Sum(s => s.Selections.Count), publication.Content.Candidates,
            publication.Content.Respondents, publication.Content.Reviewed);

    private IEnumerable<string> ProtectionLines(SurveyReportDto report)
    {
        if (!report.IsRestricted)
        {
            yield return localizer["Report:Internal"];
        }

        if (report.Protection is { } protection)
        {
            yield return localizer["Report:ProtectionStatement", protection.MinGroupSize, protection.CheckedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), protection.ShownSelections, protection.Candidates];
            yield return localizer["Report:ReviewRate", protection.Reviewed, protection.Respondents, ReviewPercent(protection)];
        }

        yield return localizer["Report:SuppressedMark", SuppressedMark, report.MinGroupSize];
    }

    public static int ReviewPercent(ReportProtectionDto protection) =>
        protection.Respondents == 0 ? 0 : (int)Math.Round(100.0 * protection.Reviewed / protection.Respondents, MidpointRounding.AwayFromZero);

    private string?[] FigureHeader(bool withChapter)
    {
        string?[] header = [localizer["Report:Question"], localizer["Report:QuestionId"], localizer["Report:Answer"], localizer["Report:Tenants"], "n", localizer["Report:NotAnsweredColumn"], localizer["Report:Source"], localizer["Report:AsOf"], localizer["Report:Version"], localizer["Report:Rule"]];
        return withChapter ? [localizer["Report:Chapter"], .. header] : header;
    }

    private IEnumerable<string?[]> FigureRows(SurveyReportDto report, QuestionReportDto question) =>
        question.Cells.Select(cell => new string?[]
        {
            localizer[$"Question:{question.QuestionId}"],
            question.QuestionId,
            cell.Key,
            cell.Count?.ToString(CultureInfo.InvariantCulture) ?? SuppressedMark,
            question.Respondents.ToString(CultureInfo.InvariantCulture),
            question.NotAnswered?.ToString(CultureInfo.InvariantCulture) ?? SuppressedMark,
            question.IsDerived ? localizer[$"Method:{question.QuestionId}:Source"] : localizer["Report:SelfReported"],
            report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            question.MethodVersion.ToString(CultureInfo.InvariantCulture),
            localizer[$"Report:Rule:{question.Type}"],
        });

    private static string? RawText(ProfileQuestion question, SurveyResponse response) => response.AnswerTo(question) switch
    {
        null => null,
        { Flag: { } flag } => flag ? "ja" : "nein",
        { Number: { } number } => number.ToString(CultureInfo.InvariantCulture),
        { Text: { } text } => text,
        { Values: { } values } => string.Join("; ", values),
        _ => null,
    };

    private static QuestionReportDto ToDto(
        SurveyRound round, ProfileQuestion question, QuestionFigures figures, IReadOnlyList<string>? ownKeys, QuestionFigures? previous, QuestionFigures? district, bool previousNotComparable) =>
        new(question.Id, question.Chapter, question.Type, question.IsDerived, figures.MultipleAnswers, figures.Respondents, figures.Answered, figures.NotAnswered,
            Cells(figures), ownKeys, previous is null ? null : Cells(previous), district is null ? null : Cells(district), figures.TermsWithheld,
            round.VersionOf(question.Id), previousNotComparable);

    /// <summary>The previous round asked the question under another counting method or wording: the trend would compare unlike figures.</summary>
    private static bool NotComparable(SurveyRound round, SurveyRound? previous, ProfileQuestion question) =>
        previous is not null && previous.Asks(question.Id) && !round.ComparableWith(previous, question.Id);

    private static List<FigureCellDto> Cells(QuestionFigures figures) => figures.Cells.Select(c => new FigureCellDto(c.Key, c.Count)).ToList();

    /// <summary>The cells of the viewer's own answer, to highlight; terms by the spelling the report shows.</summary>
    private static IReadOnlyList<string> OwnKeys(ProfileQuestion question, SurveyResponse own, QuestionFigures figures, int lastYear)
    {
        var keys = QuestionAggregation.KeysOf(question, own.AnswerTo(question), lastYear);
        return QuestionAggregation.IsTermList(question)
            ? figures.Cells.Select(c => c.Key).Where(label => keys.Contains(label.Trim().ToUpperInvariant())).ToList()
            : keys;
    }
}

using OwlDigital.Authorization;
using OwlDigital.Profiles;
using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// Which tenants the report counts: any combination of district, kind and size class.
/// <see cref="AsPublished"/>: host roles see the protected figures tenants see (what the DigitalBüro may pass on), not their own unprotected view.
/// </summary>
public sealed record SurveyReportFilter(string? DistrictKey = null, TenantKind? Kind = null, SizeClass? SizeClass = null, bool AsPublished = false);

/// <summary>
/// A round's benchmark report. Counts signed-off responses only. <see cref="Suppressed"/> is set when
/// the selection may not be shown to this viewer (it would let them compute the answers of fewer than
/// k tenants); then there are no figures. <see cref="AsOf"/>: when the round closed, or now for an open round.
/// For a tenant viewer without a district filter, <see cref="DistrictKey"/> names its own district,
/// whose figures stand beside the region's (<see cref="QuestionReportDto.DistrictCells"/>) over the
/// selection <see cref="DistrictFilter"/> (the district's municipalities only where the district as a
/// whole cannot be shown), unless no such selection can be shown (<see cref="DistrictSuppressed"/>).
/// <see cref="Protection"/>: how the published figures are protected (published rounds only).
/// <see cref="WithheldQuestions"/>: questions not shown for this selection to protect the answers of
/// the tenants that did not opt in to the peer search.
/// </summary>
public sealed record SurveyReportDto(
    Guid RoundId,
    string RoundName,
    SurveyRoundState State,
    DateTimeOffset AsOf,
    int MinGroupSize,
    bool IsRestricted,
    SurveyReportFilter Filter,
    int? Respondents,
    SuppressionReason? Suppressed,
    string? PreviousRoundName,
    IReadOnlyList<QuestionReportDto> Questions,
    string? DistrictKey = null,
    int? DistrictRespondents = null,
    SuppressionReason? DistrictSuppressed = null,
    SurveyReportFilter? DistrictFilter = null,
    ReportProtectionDto? Protection = null,
    IReadOnlyList<string>? WithheldQuestions = null);

/// <summary>
/// The protection a published report states: k, that every figure passed the disclosure check when
/// the round was published (<see cref="CheckedAt"/>), how many of the filter combinations can be shown,
/// and how many respondents confirmed their data in the review window.
/// </summary>
public sealed record ReportProtectionDto(int MinGroupSize, DateTimeOffset CheckedAt, int ShownSelections, int Candidates, int Respondents, int Reviewed);

/// <summary>
/// One question's figures. <see cref="OwnKeys"/>: the cells of the viewing tenant's own answer, to
/// highlight. <see cref="PreviousCells"/>: the same question in the previous round, for the trend.
/// <see cref="DistrictCells"/>: the same question in the viewing tenant's district.
/// <see cref="TermsWithheld"/>: terms given by fewer than k tenants are left out, label and all.
/// <see cref="MethodVersion"/>: the counting method the round asked it under (<see cref="QuestionMethods"/>);
/// <see cref="PreviousNotComparable"/>: the previous round asked it in another version, so no trend is shown.
/// A null <see cref="Answered"/> or <see cref="NotAnswered"/> is suppressed.
/// </summary>
public sealed record QuestionReportDto(
    string QuestionId,
    ProfileChapter Chapter,
    ProfileQuestionType Type,
    bool IsDerived,
    bool MultipleAnswers,
    int Respondents,
    int? Answered,
    int? NotAnswered,
    IReadOnlyList<FigureCellDto> Cells,
    IReadOnlyList<string>? OwnKeys,
    IReadOnlyList<FigureCellDto>? PreviousCells,
    IReadOnlyList<FigureCellDto>? DistrictCells = null,
    bool TermsWithheld = false,
    int MethodVersion = 1,
    bool PreviousNotComparable = false);

public sealed record FigureCellDto(string Key, int? Count);

public interface ISurveyReportAppService
{
    /// <summary>Host roles: any round, unsuppressed. Tenants: published rounds, with small groups suppressed and their own answer marked.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Default)]
    Task<SurveyReportDto> GetReportAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Host roles only: each tenant's answer to a yes/no or single-choice question (null: not
    /// answered), for the map of OWL coloured by answer. Individual answers are not for tenants.
    /// </summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Monitor)]
    Task<IReadOnlyList<TenantAnswerDto>> GetAnswerMapAsync(Guid roundId, string questionId, CancellationToken cancellationToken = default);

    /// <summary>The report's figures as CSV (open data: aggregates only, suppressed as on screen), semicolon-separated, UTF-8 with BOM.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Default)]
    Task<byte[]> ExportCsvAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default);

    /// <summary>An Excel workbook with one sheet per chapter; for host roles a last sheet with every tenant's raw answers.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Default)]
    Task<byte[]> ExportXlsxAsync(Guid roundId, SurveyReportFilter filter, CancellationToken cancellationToken = default);
}

public sealed record TenantAnswerDto(Guid TenantId, string? Key);

using OwlDigital.Authorization;
using OwlDigital.Profiles;

namespace OwlDigital.Surveys;

public sealed record SurveyRoundDto(
    Guid Id,
    string Name,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int MinGroupSize,
    SurveyRoundState State,
    IReadOnlyList<string> QuestionIds,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? PublishedAt);

public sealed record CreateSurveyRoundDto(string Name, DateOnly PeriodStart, DateOnly PeriodEnd, int? MinGroupSize);

/// <summary>
/// A tenant's response. Before the first save it is the proposal prefilled from the tenant's
/// profile (<see cref="IsSaved"/> false); after closing the round it is frozen (<see cref="IsFrozen"/>).
/// </summary>
public sealed record SurveyResponseDto(
    Guid RoundId,
    Guid TenantId,
    bool IsSaved,
    bool IsFrozen,
    int? PrefilledFromVersion,
    IReadOnlyDictionary<string, ProfileAnswer> Answers,
    IReadOnlyDictionary<string, decimal> Derived,
    string? EnteredByName,
    ResponseEntryRole? EnteredAs,
    DateTimeOffset? SignedOffAt,
    string? SignedOffByName,
    string? ConcurrencyStamp);

/// <summary>The answers of the whole response; <see cref="SignOff"/> confirms them in the same step.</summary>
public sealed record SaveSurveyResponseDto(Dictionary<string, ProfileAnswer?> Answers, bool SignOff, string? ConcurrencyStamp);

public sealed record DistrictCompletionDto(string DistrictKey, string DistrictName, int Tenants, int Started, int SignedOff);

public sealed record SurveyCompletionDto(Guid RoundId, int Tenants, int Started, int SignedOff, IReadOnlyList<DistrictCompletionDto> Districts);

/// <summary>
/// The tenant's response in the review window, exactly as the report will count it: per question the
/// cells it falls in (<see cref="Counted"/>: buckets, years, terms; empty when not answered), with the
/// review state and every correction host staff made, with its reason.
/// </summary>
public sealed record SurveyReviewDto(
    Guid RoundId,
    string RoundName,
    SurveyRoundState State,
    bool IsCounted,
    IReadOnlyDictionary<string, ProfileAnswer> Answers,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Counted,
    ResponseReviewState ReviewState,
    string? ReviewComment,
    DateTimeOffset? ReviewedAt,
    string? ReviewedByName,
    IReadOnlyList<ResponseCorrectionDto> Corrections,
    string? ConcurrencyStamp);

public sealed record ResponseCorrectionDto(string? QuestionId, ProfileAnswer? Before, ProfileAnswer? After, string Reason, string? ByName, DateTimeOffset At);

/// <summary>
/// <see cref="Confirm"/>: the data is right – as seen with <see cref="ConcurrencyStamp"/>, so a
/// correction made meanwhile is not confirmed unseen (409); otherwise <see cref="Comment"/> says what
/// the DigitalBüro should correct.
/// </summary>
public sealed record ReviewSurveyResponseDto(bool Confirm, string? Comment, string? ConcurrencyStamp = null);

/// <summary>Host staff's correction of a closed response: the changed answers (may be none when only answering) and the reason, which the tenant sees.</summary>
public sealed record CorrectSurveyResponseDto(Dictionary<string, ProfileAnswer?>? Answers, string? Reason);

public sealed record DistrictReviewDto(string DistrictKey, string DistrictName, int Responses, int Confirmed, int CorrectionRequested, int CorrectionAnswered, int NotReviewed);

/// <summary>A tenant's correction request (or a response host staff corrected), with its current answers for the correction form.</summary>
public sealed record CorrectionRequestDto(
    Guid TenantId, string TenantName, string DistrictKey, ResponseReviewState State, string? Comment, DateTimeOffset? RequestedAt,
    IReadOnlyList<ResponseCorrectionDto> Corrections, IReadOnlyDictionary<string, ProfileAnswer> Answers);

/// <summary>For the DigitalBüro: review status by district and every correction request with its answer.</summary>
public sealed record SurveyReviewOverviewDto(Guid RoundId, SurveyRoundState State, int Responses, int Confirmed, IReadOnlyList<DistrictReviewDto> Districts, IReadOnlyList<CorrectionRequestDto> Requests);

public interface ISurveyAppService
{
    /// <summary>Host roles see every round; tenants see the rounds that have been opened.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Default)]
    Task<IReadOnlyList<SurveyRoundDto>> GetRoundsAsync(CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Surveys.Manage)]
    Task<SurveyRoundDto> CreateRoundAsync(CreateSurveyRoundDto input, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Surveys.Manage)]
    Task<SurveyRoundDto> OpenRoundAsync(Guid roundId, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Surveys.Publish)]
    Task<SurveyRoundDto> CloseRoundAsync(Guid roundId, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Surveys.Publish)]
    Task<SurveyRoundDto> PublishRoundAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>For the analyst: how many tenants per district have started and signed off.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Monitor)]
    Task<SurveyCompletionDto> GetCompletionAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's response (or the proposal from its profile).</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Respond)]
    Task<SurveyResponseDto> GetMyResponseAsync(Guid roundId, CancellationToken cancellationToken = default);

    [RequiresPermission(OwlDigitalPermissions.Surveys.Respond)]
    Task<SurveyResponseDto> SaveMyResponseAsync(Guid roundId, SaveSurveyResponseDto input, CancellationToken cancellationToken = default);

    /// <summary>The district interviewer's view of a tenant of their district.</summary>
    Task<SurveyResponseDto> GetResponseForAsync(Guid roundId, Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>The district interviewer enters a tenant's response during the interview; another district is refused (403).</summary>
    Task<SurveyResponseDto> SaveResponseForAsync(Guid roundId, Guid tenantId, SaveSurveyResponseDto input, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's signed-off response as it will be counted (review window: closed, not yet published).</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Respond)]
    Task<SurveyReviewDto> GetMyReviewAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>The CDO confirms the response or asks for a correction; a published round is refused (409).</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Respond)]
    Task<SurveyReviewDto> ReviewMyResponseAsync(Guid roundId, ReviewSurveyResponseDto input, CancellationToken cancellationToken = default);

    /// <summary>Host roles: review status by district and the correction requests.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Publish)]
    Task<SurveyReviewOverviewDto> GetReviewOverviewAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>Host roles: change a closed response with a reason (audited, shown to the tenant), or answer its correction request.</summary>
    [RequiresPermission(OwlDigitalPermissions.Surveys.Publish)]
    Task<SurveyReviewOverviewDto> CorrectResponseAsync(Guid roundId, Guid tenantId, CorrectSurveyResponseDto input, CancellationToken cancellationToken = default);
}

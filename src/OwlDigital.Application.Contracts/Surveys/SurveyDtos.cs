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

public interface ISurveyAppService
{
    /// <summary>Host roles see every round; tenants see the rounds that have been opened.</summary>
    Task<IReadOnlyList<SurveyRoundDto>> GetRoundsAsync(CancellationToken cancellationToken = default);

    Task<SurveyRoundDto> CreateRoundAsync(CreateSurveyRoundDto input, CancellationToken cancellationToken = default);

    Task<SurveyRoundDto> OpenRoundAsync(Guid roundId, CancellationToken cancellationToken = default);

    Task<SurveyRoundDto> CloseRoundAsync(Guid roundId, CancellationToken cancellationToken = default);

    Task<SurveyRoundDto> PublishRoundAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>For the analyst: how many tenants per district have started and signed off.</summary>
    Task<SurveyCompletionDto> GetCompletionAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's response (or the proposal from its profile).</summary>
    Task<SurveyResponseDto> GetMyResponseAsync(Guid roundId, CancellationToken cancellationToken = default);

    Task<SurveyResponseDto> SaveMyResponseAsync(Guid roundId, SaveSurveyResponseDto input, CancellationToken cancellationToken = default);

    /// <summary>The district interviewer's view of a tenant of their district.</summary>
    Task<SurveyResponseDto> GetResponseForAsync(Guid roundId, Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>The district interviewer enters a tenant's response during the interview; another district is refused (403).</summary>
    Task<SurveyResponseDto> SaveResponseForAsync(Guid roundId, Guid tenantId, SaveSurveyResponseDto input, CancellationToken cancellationToken = default);
}

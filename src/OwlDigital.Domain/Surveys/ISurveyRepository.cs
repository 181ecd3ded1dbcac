namespace OwlDigital.Surveys;

public interface ISurveyRepository
{
    Task<List<SurveyRound>> GetRoundsAsync(CancellationToken cancellationToken = default);

    Task<SurveyRound?> FindRoundAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertRoundAsync(SurveyRound round, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's response in the round.</summary>
    Task<SurveyResponse?> FindResponseAsync(Guid roundId, CancellationToken cancellationToken = default);

    Task InsertResponseAsync(SurveyResponse response, CancellationToken cancellationToken = default);

    /// <summary>The signed-off responses of every tenant in the round (cross-tenant, audited), for the report. Callers check the permission.</summary>
    Task<List<SurveyResponse>> GetSignedOffResponsesAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>The figures fixed when the round was published (null: published before they were kept, or not published).</summary>
    Task<SurveyPublication?> FindPublicationAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>
    /// What a tenant's report of a published round needs, in one statement: the round's fixed
    /// figures, those of the previous published round (when there is one) and the tenant's own response.
    /// </summary>
    Task<PublishedRoundView> GetPublishedViewAsync(Guid roundId, Guid? previousRoundId, CancellationToken cancellationToken = default);

    Task InsertPublicationAsync(SurveyPublication publication, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored host figures of the round and of the previous round (when given) for the
    /// selections named by key, plus both rounds' region rows (whose presence says the round has
    /// been computed), in one statement.
    /// </summary>
    Task<List<SurveyRoundFigures>> GetFiguresAsync(Guid roundId, Guid? previousRoundId, IReadOnlyCollection<string> selectionKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the figures of a round at once (in the unit of work's transaction, if any), in one
    /// statement; figures of a selection already stored stay (two first readers at once store the same).
    /// </summary>
    Task InsertFiguresOnceAsync(Guid roundId, IReadOnlyCollection<SurveyRoundFigures> figures, CancellationToken cancellationToken = default);

    /// <summary>Deletes the round's stored figures at once, so the next read computes them from what is saved now.</summary>
    Task DeleteFiguresAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>Stores the figures unless some other request stored them first, at once (outside the unit of work), and returns the ones stored.</summary>
    Task<SurveyPublication> StorePublicationOnceAsync(SurveyPublication publication, CancellationToken cancellationToken = default);

    /// <summary>Every response of the round, signed off or not (cross-tenant, audited), for the review overview. Callers check the permission.</summary>
    Task<List<SurveyResponse>> GetAllResponsesAsync(Guid roundId, CancellationToken cancellationToken = default);

    /// <summary>Per tenant of the round: whether it has a response and whether it is signed off (cross-tenant, audited). Callers check the permission.</summary>
    Task<List<(Guid TenantId, bool SignedOff)>> GetResponseStatesAsync(Guid roundId, CancellationToken cancellationToken = default);
}

/// <param name="Publication">Null when the round was published before figures were kept.</param>
/// <param name="OwnResponse">The current tenant's response, signed off or not.</param>
public sealed record PublishedRoundView(SurveyPublication? Publication, SurveyPublication? PreviousPublication, SurveyResponse? OwnResponse);

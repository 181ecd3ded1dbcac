using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// Keeps the host figures of closed rounds (<see cref="SurveyRoundFigures"/>): computed when a
/// round closes, dropped by a host correction and computed again, and computed on the first read
/// of a round that closed before they were kept.
/// </summary>
public sealed class SurveyRoundFiguresManager(ISurveyRepository surveys, ITenantRepository tenants, TimeProvider timeProvider)
{
    /// <summary>Counts the round's saved, signed-off responses and stores the result in place of what was stored (at once; callers run it in a transaction).</summary>
    public async Task<List<SurveyRoundFigures>> StoreAsync(SurveyRound round, CancellationToken cancellationToken = default)
    {
        var figures = await ComputeAsync(round, cancellationToken);
        await surveys.DeleteFiguresAsync(round.Id, cancellationToken);
        await surveys.InsertFiguresOnceAsync(round.Id, figures, cancellationToken);
        return figures;
    }

    /// <summary>For the first read of a round closed before figures were kept: computes and stores them unless someone else did meanwhile.</summary>
    public async Task<List<SurveyRoundFigures>> StoreOnceAsync(SurveyRound round, CancellationToken cancellationToken = default)
    {
        var figures = await ComputeAsync(round, cancellationToken);
        await surveys.InsertFiguresOnceAsync(round.Id, figures, cancellationToken);
        return figures;
    }

    private async Task<List<SurveyRoundFigures>> ComputeAsync(SurveyRound round, CancellationToken cancellationToken) =>
        SurveyRoundFiguresBuilder.Build(
            round, await surveys.GetSignedOffResponsesAsync(round.Id, cancellationToken), await tenants.GetAllAsync(cancellationToken), timeProvider.GetUtcNow());
}

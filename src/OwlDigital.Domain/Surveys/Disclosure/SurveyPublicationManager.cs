using OwlDigital.ExceptionHandling;
using OwlDigital.Profiles;
using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// Publishes a closed round – once every correction request of its review window is answered – and
/// fixes, in the same unit of work, the figures tenants will see of it.
/// </summary>
public sealed class SurveyPublicationManager(ISurveyRepository surveys, ITenantRepository tenants, IProfileVersionRepository profiles, TimeProvider timeProvider)
{
    public const string FindableQuestionId = "org.findable";

    public async Task PublishAsync(SurveyRound round, CancellationToken cancellationToken = default)
    {
        var responses = await surveys.GetAllResponsesAsync(round.Id, cancellationToken);
        var open = responses.Count(r => r.ReviewState == ResponseReviewState.CorrectionRequested);
        if (open > 0 && round.State == SurveyRoundState.Closed)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.OpenCorrectionRequests).WithDetail("Round", round.Name).WithDetail("Count", open);
        }

        round.Publish(timeProvider.GetUtcNow());
        await surveys.InsertPublicationAsync(await ComputeAsync(round, responses.Where(r => r.IsSignedOff).ToList(), cancellationToken), cancellationToken);
    }

    /// <summary>The protected figures of a round, from its frozen responses and the tenant directory as it stands now (callers store them once).</summary>
    public async Task<SurveyPublication> ComputeAsync(SurveyRound round, CancellationToken cancellationToken = default) =>
        await ComputeAsync(round, await surveys.GetSignedOffResponsesAsync(round.Id, cancellationToken), cancellationToken);

    private async Task<SurveyPublication> ComputeAsync(SurveyRound round, List<SurveyResponse> responses, CancellationToken cancellationToken)
    {
        var directory = await tenants.GetAllAsync(cancellationToken);

        // Whoever opted in to the peer search, in the round or in the profile it searches, has made those answers known.
        var findable = (await profiles.GetLatestOfAllTenantsAsync(cancellationToken))
            .Where(p => p.Answers.GetValueOrDefault(FindableQuestionId)?.Flag == true).Select(p => p.TenantId)
            .Concat(responses.Where(r => r.Answers.GetValueOrDefault(FindableQuestionId)?.Flag == true).Select(r => r.TenantId))
            .ToHashSet();
        var reviewed = responses.Count(r => r.ReviewState == ResponseReviewState.Confirmed);
        var content = SurveyPublicationBuilder.Build(round, responses, directory, findable, reviewed);
        return new SurveyPublication(round.Id, timeProvider.GetUtcNow(), content);
    }
}

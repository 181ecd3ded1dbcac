using OwlDigital.Data;
using OwlDigital.Uow;

namespace OwlDigital.Surveys;

/// <summary>
/// Rounds published before their figures were fixed at publication get them fixed now, once, so that
/// tenants never see figures computed twice (in production as in the demo).
/// </summary>
public sealed class SurveyPublicationSeedContributor(ISurveyRepository surveys, SurveyPublicationManager publications, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        foreach (var round in (await surveys.GetRoundsAsync(cancellationToken)).Where(r => r.State == SurveyRoundState.Published))
        {
            if (await surveys.FindPublicationAsync(round.Id, cancellationToken) is null)
            {
                await surveys.InsertPublicationAsync(await publications.ComputeAsync(round, cancellationToken), cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                context.CountChange("survey publications fixed", 1);
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Surveys;

public sealed class EfCoreSurveyRepository(OwlDigitalDbContext dbContext, CrossTenantReader crossTenantReader) : ISurveyRepository
{
    public Task<List<SurveyRound>> GetRoundsAsync(CancellationToken cancellationToken = default) =>
        dbContext.Set<SurveyRound>().AsNoTracking().OrderByDescending(r => r.PeriodStart).ToListAsync(cancellationToken);

    public Task<SurveyRound?> FindRoundAsync(Guid id, CancellationToken cancellationToken = default) =>
        dbContext.Set<SurveyRound>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task InsertRoundAsync(SurveyRound round, CancellationToken cancellationToken = default) =>
        await dbContext.Set<SurveyRound>().AddAsync(round, cancellationToken);

    public Task<SurveyResponse?> FindResponseAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        dbContext.Set<SurveyResponse>().FirstOrDefaultAsync(r => r.RoundId == roundId, cancellationToken);

    public async Task InsertResponseAsync(SurveyResponse response, CancellationToken cancellationToken = default) =>
        await dbContext.Set<SurveyResponse>().AddAsync(response, cancellationToken);

    public Task<List<SurveyResponse>> GetSignedOffResponsesAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync("SurveyReport", context =>
            context.Set<SurveyResponse>().Where(r => r.RoundId == roundId && r.SignedOffAt != null).ToListAsync(cancellationToken), cancellationToken);

    public Task<List<SurveyResponse>> GetAllResponsesAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync("SurveyReview", context =>
            context.Set<SurveyResponse>().Where(r => r.RoundId == roundId).ToListAsync(cancellationToken), cancellationToken);

    public Task<SurveyPublication?> FindPublicationAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        dbContext.Set<SurveyPublication>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == roundId, cancellationToken);

    public async Task<PublishedRoundView> GetPublishedViewAsync(Guid roundId, Guid? previousRoundId, CancellationToken cancellationToken = default)
    {
        var view = await dbContext.Set<SurveyRound>().AsNoTracking()
            .Where(r => r.Id == roundId)
            .Select(r => new
            {
                Publication = dbContext.Set<SurveyPublication>().FirstOrDefault(p => p.Id == r.Id),
                Previous = dbContext.Set<SurveyPublication>().FirstOrDefault(p => p.Id == previousRoundId),
                Own = dbContext.Set<SurveyResponse>().FirstOrDefault(x => x.RoundId == r.Id),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new PublishedRoundView(view?.Publication, view?.Previous, view?.Own);
    }

    public Task<List<SurveyRoundFigures>> GetFiguresAsync(Guid roundId, Guid? previousRoundId, IReadOnlyCollection<string> selectionKeys, CancellationToken cancellationToken = default)
    {
        var region = SurveyRoundFigures.KeyOf(ReportSelection.Region);
        return dbContext.Set<SurveyRoundFigures>().AsNoTracking()
            .Where(f => (f.RoundId == roundId || f.RoundId == previousRoundId) && (f.SelectionKey == region || selectionKeys.Contains(f.SelectionKey)))
            .ToListAsync(cancellationToken);
    }

    public async Task InsertFiguresOnceAsync(Guid roundId, IReadOnlyCollection<SurveyRoundFigures> figures, CancellationToken cancellationToken = default)
    {
        var ids = figures.Select(f => f.Id).ToArray();
        var keys = figures.Select(f => f.SelectionKey).ToArray();
        var respondents = figures.Select(f => f.Respondents).ToArray();
        var questions = figures.Select(f => JsonbPropertyExtensions.ToJsonb(f.Questions)).ToArray();
        var computedAt = figures.Select(f => f.ComputedAt).FirstOrDefault();
        await dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO survey_round_figures (id, round_id, selection_key, respondents, questions, computed_at)
            SELECT f.id, {roundId}, f.selection_key, f.respondents, f.questions::jsonb, {computedAt}
            FROM unnest({ids}, {keys}, {respondents}, {questions}) AS f(id, selection_key, respondents, questions)
            ON CONFLICT (round_id, selection_key) DO NOTHING
            """,
            cancellationToken);
    }

    public Task DeleteFiguresAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        dbContext.Set<SurveyRoundFigures>().Where(f => f.RoundId == roundId).ExecuteDeleteAsync(cancellationToken);

    public async Task InsertPublicationAsync(SurveyPublication publication, CancellationToken cancellationToken = default) =>
        await dbContext.Set<SurveyPublication>().AddAsync(publication, cancellationToken);

    public async Task<SurveyPublication> StorePublicationOnceAsync(SurveyPublication publication, CancellationToken cancellationToken = default)
    {
        // ON CONFLICT: two first readers at once must not fail, and the first figures stored stay.
        await dbContext.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO survey_publications (round_id, computed_at, content) VALUES ({publication.Id}, {publication.ComputedAt}, CAST({JsonbPropertyExtensions.ToJsonb(publication.Content)} AS jsonb)) ON CONFLICT (round_id) DO NOTHING",
            cancellationToken);
        return (await FindPublicationAsync(publication.Id, cancellationToken))!;
    }

    public Task<List<(Guid TenantId, bool SignedOff)>> GetResponseStatesAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        crossTenantReader.ReadAsync("SurveyCompletion", async context =>
            (await context.Set<SurveyResponse>().Where(r => r.RoundId == roundId).Select(r => new { r.TenantId, r.SignedOffAt }).ToListAsync(cancellationToken))
                .Select(r => (r.TenantId, r.SignedOffAt != null))
                .ToList(), cancellationToken);
}

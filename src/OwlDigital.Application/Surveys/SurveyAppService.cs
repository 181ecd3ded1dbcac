using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.Memberships;
using OwlDigital.MultiTenancy;
using OwlDigital.OnlineServices;
using OwlDigital.Profiles;
using OwlDigital.Tenants;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.Surveys;

/// <summary>
/// Survey rounds (host) and the tenants' responses in them. A response is the tenant's own copy of
/// the answers, prefilled from its digital profile; the CDO completes and signs it off, or the
/// district's interviewer enters it for a tenant of their district, working in that tenant for the
/// one call so that the tenant filter and row-level security apply as for the tenant itself.
/// </summary>
public sealed class SurveyAppService(
    ISurveyRepository surveys,
    IProfileVersionRepository profiles,
    IOnlineServiceRepository onlineServices,
    ITenantRepository tenants,
    IMembershipRepository memberships,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    SurveyPublicationManager publications,
    SurveyRoundFiguresManager figures,
    TimeProvider timeProvider,
    IPermissionChecker permissionChecker,
    IUnitOfWork unitOfWork) : ISurveyAppService
{
    public async Task<IReadOnlyList<SurveyRoundDto>> GetRoundsAsync(CancellationToken cancellationToken = default)
    {
        var seesDrafts = await permissionChecker.IsGrantedAsync(OwlDigitalPermissions.Surveys.Manage, cancellationToken);
        return (await surveys.GetRoundsAsync(cancellationToken)).Where(r => seesDrafts || r.State != SurveyRoundState.Draft).Select(ToDto).ToList();
    }

    public async Task<SurveyRoundDto> CreateRoundAsync(CreateSurveyRoundDto input, CancellationToken cancellationToken = default)
    {
        var round = new SurveyRound(
            Guid.NewGuid(), input.Name, input.PeriodStart, input.PeriodEnd, input.MinGroupSize ?? SurveyConsts.DefaultMinGroupSize, ProfileQuestions.All.Select(q => q.Id).ToList());
        await surveys.InsertRoundAsync(round, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(round);
    }

    public Task<SurveyRoundDto> OpenRoundAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        ChangeRoundAsync(roundId, round => round.Open(), cancellationToken);

    public async Task<SurveyRoundDto> CloseRoundAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var round = await FindRoundAsync(roundId, cancellationToken);
            round.Close(timeProvider.GetUtcNow());

            // Its responses no longer change: the figures host roles read of it are counted once, now.
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await figures.StoreAsync(round, cancellationToken);
            return ToDto(round);
        }, cancellationToken);
    }

    /// <summary>Publishing fixes the figures tenants will see (the disclosure check runs here, once); open correction requests must be answered first.</summary>
    public async Task<SurveyRoundDto> PublishRoundAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        await publications.PublishAsync(round, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(round);
    }

    public async Task<SurveyReviewDto> GetMyReviewAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        return ToReviewDto(round, await FindOwnResponseAsync(round, cancellationToken));
    }

    public async Task<SurveyReviewDto> ReviewMyResponseAsync(Guid roundId, ReviewSurveyResponseDto input, CancellationToken cancellationToken = default)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        var response = await FindOwnResponseAsync(round, cancellationToken);
        var userName = currentUser.Principal?.Identity?.Name;
        if (input.Confirm)
        {
            if (input.ConcurrencyStamp != response.ConcurrencyStamp)
            {
                throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
            }

            response.ConfirmReview(round, userName, timeProvider.GetUtcNow());
        }
        else
        {
            response.RequestCorrection(round, input.Comment, userName, timeProvider.GetUtcNow());
        }

        response.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToReviewDto(round, response);
    }

    public async Task<SurveyReviewOverviewDto> GetReviewOverviewAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        return await ReviewOverviewAsync(await FindRoundAsync(roundId, cancellationToken), cancellationToken);
    }

    public async Task<SurveyReviewOverviewDto> CorrectResponseAsync(Guid roundId, Guid tenantId, CorrectSurveyResponseDto input, CancellationToken cancellationToken = default)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        await unitOfWork.InTransactionAsync(async () =>
        {
            using (currentTenant.Change(tenantId))
            {
                var response = await surveys.FindResponseAsync(round.Id, cancellationToken) ?? throw new EntityNotFoundException(typeof(SurveyResponse), tenantId);
                response.Correct(round, input.Answers ?? [], input.Reason, currentUser.Principal?.Identity?.Name, timeProvider.GetUtcNow());
                response.ConcurrencyStamp = Guid.NewGuid().ToString("N");

                // With the correction, never after it: no one may read figures that do not contain it.
                await surveys.DeleteFiguresAsync(round.Id, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }

            return true;
        }, cancellationToken);

        // Counted again from the saved correction (the count reads committed responses only).
        await unitOfWork.InTransactionAsync(() => figures.StoreAsync(round, cancellationToken), cancellationToken);
        return await ReviewOverviewAsync(round, cancellationToken);
    }

    private async Task<SurveyReviewOverviewDto> ReviewOverviewAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        var responses = (await surveys.GetAllResponsesAsync(round.Id, cancellationToken)).Where(r => r.IsSignedOff).ToList();
        var directory = (await tenants.GetAllAsync(cancellationToken)).ToDictionary(t => t.Id);
        var districts = OwlDistricts.All.Select(d =>
        {
            var inDistrict = responses.Where(r => directory.GetValueOrDefault(r.TenantId)?.DistrictKey == d.Key).ToList();
            int Count(ResponseReviewState state) => inDistrict.Count(r => r.ReviewState == state);
            return new DistrictReviewDto(d.Key, d.Name, inDistrict.Count, Count(ResponseReviewState.Confirmed), Count(ResponseReviewState.CorrectionRequested),
                Count(ResponseReviewState.CorrectionAnswered), Count(ResponseReviewState.NotReviewed));
        }).ToList();
        var requests = responses
            .Where(r => r.ReviewState is ResponseReviewState.CorrectionRequested or ResponseReviewState.CorrectionAnswered || r.Corrections.Count > 0)
            .Select(r => new CorrectionRequestDto(
                r.TenantId, directory.GetValueOrDefault(r.TenantId)?.Name ?? string.Empty, directory.GetValueOrDefault(r.TenantId)?.DistrictKey ?? string.Empty,
                r.ReviewState, r.ReviewComment, r.ReviewedAt, r.Corrections.Select(ToDto).ToList(), r.Answers))
            .OrderBy(r => r.State == ResponseReviewState.CorrectionRequested ? 0 : 1)
            .ThenBy(r => r.TenantName, StringComparer.CurrentCulture)
            .ToList();
        return new SurveyReviewOverviewDto(round.Id, round.State, responses.Count, responses.Count(r => r.ReviewState == ResponseReviewState.Confirmed), districts, requests);
    }

    private async Task<SurveyResponse> FindOwnResponseAsync(SurveyRound round, CancellationToken cancellationToken) =>
        await surveys.FindResponseAsync(round.Id, cancellationToken) is { IsSignedOff: true } response
            ? response
            : throw new BusinessException(OwlDigitalErrorCodes.Surveys.NoResponse).WithDetail("Round", round.Name);

    private static SurveyReviewDto ToReviewDto(SurveyRound round, SurveyResponse response)
    {
        var counted = round.QuestionIds.Select(ProfileQuestions.Find).OfType<ProfileQuestion>()
            .ToDictionary(q => q.Id, q => (IReadOnlyList<string>)QuestionAggregation.KeysOf(q, response.AnswerTo(q), round.PeriodEnd.Year).ToList());
        return new SurveyReviewDto(round.Id, round.Name, round.State, response.IsSignedOff, response.Answers, counted, response.ReviewState, response.ReviewComment,
            response.ReviewedAt, response.ReviewedByName, response.Corrections.Select(ToDto).ToList(), response.ConcurrencyStamp);
    }

    private static ResponseCorrectionDto ToDto(ResponseCorrection c) => new(c.QuestionId, c.Before, c.After, c.Reason, c.ByName, c.At);

    public async Task<SurveyCompletionDto> GetCompletionAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        var states = (await surveys.GetResponseStatesAsync(round.Id, cancellationToken)).ToDictionary(s => s.TenantId, s => s.SignedOff);
        var active = (await tenants.GetAllAsync(cancellationToken)).Where(t => t.IsActive).ToList();
        var districts = OwlDistricts.All.Select(d =>
        {
            var inDistrict = active.Where(t => t.DistrictKey == d.Key).Select(t => t.Id).ToList();
            return new DistrictCompletionDto(d.Key, d.Name, inDistrict.Count, inDistrict.Count(states.ContainsKey), inDistrict.Count(id => states.GetValueOrDefault(id)));
        }).ToList();
        return new SurveyCompletionDto(round.Id, active.Count, districts.Sum(d => d.Started), districts.Sum(d => d.SignedOff), districts);
    }

    public async Task<SurveyResponseDto> GetMyResponseAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        return await ReadResponseAsync(await FindRoundAsync(roundId, cancellationToken), cancellationToken);
    }

    public async Task<SurveyResponseDto> SaveMyResponseAsync(Guid roundId, SaveSurveyResponseDto input, CancellationToken cancellationToken = default)
    {
        return await WriteResponseAsync(await FindRoundAsync(roundId, cancellationToken), input, ResponseEntryRole.Tenant, cancellationToken);
    }

    public async Task<SurveyResponseDto> GetResponseForAsync(Guid roundId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        await EnsureInterviewerOfAsync(tenantId, cancellationToken);
        var round = await FindRoundAsync(roundId, cancellationToken);
        using (currentTenant.Change(tenantId))
        {
            return await ReadResponseAsync(round, cancellationToken);
        }
    }

    public async Task<SurveyResponseDto> SaveResponseForAsync(Guid roundId, Guid tenantId, SaveSurveyResponseDto input, CancellationToken cancellationToken = default)
    {
        await EnsureInterviewerOfAsync(tenantId, cancellationToken);
        var round = await FindRoundAsync(roundId, cancellationToken);
        using (currentTenant.Change(tenantId))
        {
            return await WriteResponseAsync(round, input, ResponseEntryRole.Interviewer, cancellationToken);
        }
    }

    /// <summary>Interviewers work for the tenants of their own district only; anything else is refused like a foreign tenant.</summary>
    private async Task EnsureInterviewerOfAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await permissionChecker.CheckAsync(OwlDigitalPermissions.Surveys.Interview, cancellationToken);
        var tenant = await tenants.FindAsync(tenantId, cancellationToken);
        var districts = (await memberships.GetForUserAsync(currentUser.Id ?? Guid.Empty, cancellationToken))
            .Where(m => m.Role == MembershipRole.DistrictInterviewer && m.DistrictKey is not null)
            .Select(m => m.DistrictKey!)
            .ToHashSet(StringComparer.Ordinal);
        if (tenant is not { IsActive: true } || !districts.Contains(tenant.DistrictKey))
        {
            throw new AuthorizationException(OwlDigitalErrorCodes.Surveys.OutsideDistrict, isAuthenticated: true).WithDetail("TenantId", tenantId);
        }
    }

    private async Task<SurveyResponseDto> ReadResponseAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        if (round.State == SurveyRoundState.Draft)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Surveys.RoundNotOpen).WithDetail("Round", round.Name).WithDetail("State", round.State.ToString());
        }

        var frozen = round.State != SurveyRoundState.Open;
        if (await surveys.FindResponseAsync(round.Id, cancellationToken) is { } response)
        {
            return ToDto(round, response);
        }

        // Not answered yet: propose what the profile says (a closed round proposes nothing, it is over).
        var profile = frozen ? null : await profiles.GetLatestAsync(cancellationToken);
        var answers = profile?.Answers.Where(a => round.Asks(a.Key)).ToDictionary(a => a.Key, a => a.Value) ?? [];
        return new SurveyResponseDto(
            round.Id, currentTenant.Id ?? Guid.Empty, false, frozen, profile?.Number, answers, frozen ? new Dictionary<string, decimal>() : await DerivedAsync(cancellationToken),
            null, null, null, null, null);
    }

    private async Task<SurveyResponseDto> WriteResponseAsync(SurveyRound round, SaveSurveyResponseDto input, ResponseEntryRole enteredAs, CancellationToken cancellationToken)
    {
        round.EnsureOpen();
        var response = await surveys.FindResponseAsync(round.Id, cancellationToken);
        if (response is null)
        {
            response = new SurveyResponse(Guid.NewGuid(), round.Id, (await profiles.GetLatestAsync(cancellationToken))?.Number);
            await surveys.InsertResponseAsync(response, cancellationToken);
        }
        else if (response.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        var now = timeProvider.GetUtcNow();
        var userName = currentUser.Principal?.Identity?.Name;
        response.Record(round, input.Answers ?? [], await DerivedAsync(cancellationToken), currentUser.Id, userName, enteredAs, now);
        if (input.SignOff)
        {
            response.SignOff(round, userName, now);
        }

        response.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(round, response);
    }

    private static SurveyResponseDto ToDto(SurveyRound round, SurveyResponse response) =>
        new(round.Id, response.TenantId, true, round.State != SurveyRoundState.Open, response.PrefilledFromVersion, response.Answers, response.Derived,
            response.EnteredByName, response.EnteredAs, response.SignedOffAt, response.SignedOffByName, response.ConcurrencyStamp);

    private async Task<Dictionary<string, decimal>> DerivedAsync(CancellationToken cancellationToken) =>
        new() { ["online.count"] = (await onlineServices.GetAllAsync(cancellationToken)).Count(s => s.IsOnline) };

    private async Task<SurveyRoundDto> ChangeRoundAsync(Guid roundId, Action<SurveyRound> change, CancellationToken cancellationToken)
    {
        var round = await FindRoundAsync(roundId, cancellationToken);
        change(round);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(round);
    }

    private async Task<SurveyRound> FindRoundAsync(Guid roundId, CancellationToken cancellationToken) =>
        await surveys.FindRoundAsync(roundId, cancellationToken) ?? throw new EntityNotFoundException(typeof(SurveyRound), roundId);

    private static SurveyRoundDto ToDto(SurveyRound round) =>
        new(round.Id, round.Name, round.PeriodStart, round.PeriodEnd, round.MinGroupSize, round.State, round.QuestionIds, round.ClosedAt, round.PublishedAt);
}

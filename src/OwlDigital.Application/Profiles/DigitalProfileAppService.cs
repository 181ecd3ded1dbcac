using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;
using OwlDigital.OnlineServices;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.Profiles;

/// <summary>
/// The tenant's digital profile, kept as dated versions. Facts the application already has are
/// derived when read (the number of online services, by maturity), never asked again.
/// </summary>
public sealed class DigitalProfileAppService(
    IProfileVersionRepository versions,
    IOnlineServiceRepository onlineServices,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    IUnitOfWork unitOfWork) : IDigitalProfileAppService
{
    public async Task<IReadOnlyList<ProfileQuestionDto>> GetQuestionnaireAsync(CancellationToken cancellationToken = default)
    {
        return ProfileQuestions.All.Select(q => new ProfileQuestionDto(q.Id, q.Chapter, q.Type, q.Options, q.IsDerived, q.SuggestionsFrom)).ToList();
    }

    public async Task<DigitalProfileDto> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        return await ToDtoAsync(await versions.GetLatestAsync(cancellationToken), isCurrent: true, cancellationToken);
    }

    public async Task<DigitalProfileDto> GetVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        var found = await versions.FindByNumberAsync(version, cancellationToken) ?? throw new EntityNotFoundException(typeof(ProfileVersion), version);
        var latest = await versions.GetLatestAsync(cancellationToken);
        return await ToDtoAsync(found, isCurrent: latest?.Number == found.Number, cancellationToken);
    }

    public async Task<DigitalProfileDto> GetAtAsync(DateTimeOffset time, CancellationToken cancellationToken = default)
    {
        var found = await versions.FindAtAsync(time, cancellationToken);
        var latest = await versions.GetLatestAsync(cancellationToken);
        return await ToDtoAsync(found, isCurrent: found is not null && latest?.Number == found.Number, cancellationToken);
    }

    public async Task<IReadOnlyList<ProfileVersionDto>> GetHistoryAsync(CancellationToken cancellationToken = default)
    {
        return (await versions.GetHistoryAsync(cancellationToken)).Select(v => new ProfileVersionDto(v.Number, v.ValidFrom, v.Chapter, v.ChangedByName)).ToList();
    }

    public async Task<DigitalProfileDto> SaveChapterAsync(ProfileChapter chapter, SaveProfileChapterDto input, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(chapter))
        {
            throw new EntityNotFoundException(typeof(ProfileChapter), chapter);
        }

        var latest = await versions.GetLatestAsync(cancellationToken);
        if (latest?.Number != input.BasedOnVersion)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Profiles.ChangedMeanwhile)
                .WithDetail("Version", latest?.Number)
                .WithDetail("ChangedBy", latest?.ChangedByName);
        }

        var next = ProfileVersion.Next(latest, chapter, input.Answers ?? [], timeProvider.GetUtcNow(), currentUser.Id, currentUser.Principal?.Identity?.Name);
        await versions.InsertAsync(next, cancellationToken);

        // Two saves on the same version: the unique (tenant, number) index lets only the first in.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(next, isCurrent: true, cancellationToken);
    }

    private async Task<DigitalProfileDto> ToDtoAsync(ProfileVersion? version, bool isCurrent, CancellationToken cancellationToken)
    {
        // Derived facts describe the data as it is now; a past version shows them only when it is the current one.
        IReadOnlyList<DerivedFactDto> derived = isCurrent ? await DerivedAsync(cancellationToken) : [];
        return new DigitalProfileDto(version?.Number, version?.ValidFrom, version?.ChangedByName, isCurrent, version?.Answers ?? new Dictionary<string, ProfileAnswer>(), derived);
    }

    private async Task<IReadOnlyList<DerivedFactDto>> DerivedAsync(CancellationToken cancellationToken)
    {
        var online = (await onlineServices.GetAllAsync(cancellationToken)).Where(s => s.IsOnline).ToList();
        var byMaturity = online
            .GroupBy(s => s.MaturityModel is { } model && s.MaturityLevel is { } level ? $"{model.Label()}:{level}" : "unrated")
            .ToDictionary(g => g.Key, g => g.Count());
        return [new DerivedFactDto("online.count", online.Count, "OnlineServices", byMaturity)];
    }
}

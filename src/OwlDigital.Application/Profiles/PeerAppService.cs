using OwlDigital.Authorization;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;

namespace OwlDigital.Profiles;

/// <summary>"Who else uses Form-Solutions?" – tenants find each other through the answers of those that opted in.</summary>
public sealed class PeerAppService(
    IProfileVersionRepository profiles,
    ITenantRepository tenants,
    ICurrentTenant currentTenant) : IPeerAppService
{
    public const int MinSearchLength = 2;

    public async Task<IReadOnlyList<PeerDto>> FindAsync(string questionId, string value, CancellationToken cancellationToken = default)
    {
        if (!ProfileQuestions.Searchable.Contains(questionId ?? string.Empty))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Profiles.NotSearchable)
                .WithDetail("Question", questionId)
                .WithDetail("Searchable", string.Join(", ", ProfileQuestions.Searchable))
                .ForField("question");
        }

        var text = value?.Trim() ?? string.Empty;
        if (text.Length < MinSearchLength)
        {
            return [];
        }

        var names = (await tenants.GetAllAsync(cancellationToken)).Where(t => t.IsActive).ToDictionary(t => t.Id, t => t.Name);
        return (await profiles.GetLatestOfAllTenantsAsync(cancellationToken))
            .Where(p => p.TenantId != currentTenant.Id && names.ContainsKey(p.TenantId) && p.Answers.GetValueOrDefault("org.findable")?.Flag == true)
            .Select(p => (Profile: p, Matches: Values(p.Answers.GetValueOrDefault(questionId!)).Where(v => v.Contains(text, StringComparison.CurrentCultureIgnoreCase)).ToList()))
            .Where(x => x.Matches.Count > 0)
            .Select(x => new PeerDto(x.Profile.TenantId, names[x.Profile.TenantId], x.Profile.Answers.GetValueOrDefault("org.contact")?.Text, x.Matches))
            .OrderBy(p => p.TenantName, StringComparer.CurrentCulture)
            .ToList();
    }

    private static IEnumerable<string> Values(ProfileAnswer? answer) =>
        answer?.Values ?? (answer?.Text is { } text ? [text] : []);
}

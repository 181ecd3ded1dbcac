using OwlDigital.Authorization;

namespace OwlDigital.Sharing;

/// <summary>The DigitalBüro's view of sharing in OWL.</summary>
public sealed record SharingRegionalDto(
    IReadOnlyList<ReusedFormDto> MostReusedForms,
    IReadOnlyList<EfaUptakeDto> EfaServices,
    IReadOnlyList<SharingTenantDto> TopSharingTenants);

public sealed record ReusedFormDto(Guid FormId, string Title, string PublisherName, int Adopters, bool IsWithdrawn);

public sealed record EfaUptakeDto(Guid EfaServiceId, string Name, int InUse, int Planned, int Interested, int Rejected);

/// <summary>A tenant's sharing: forms published, adoptions of them by others, EfA plans shared.</summary>
public sealed record SharingTenantDto(Guid TenantId, string TenantName, int FormsPublished, int TimesAdopted, int EfaPlansShared);

public interface ISharingRegionalAppService
{
    [RequiresPermission(OwlDigitalPermissions.Regional.Default)]
    Task<SharingRegionalDto> GetAsync(int top = 10, CancellationToken cancellationToken = default);
}

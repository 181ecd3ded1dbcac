using OwlDigital.Authorization;

namespace OwlDigital.Sharing;

public sealed record EfaPlanDto(
    Guid Id,
    Guid EfaServiceId,
    string EfaServiceName,
    EfaPlanState State,
    DateOnly? PlannedDate,
    string? RejectionReason,
    string? Notes,
    string? Contact,
    bool IsShared,
    string ConcurrencyStamp);

/// <param name="ConcurrencyStamp">Of the plan being changed; empty for a new plan.</param>
public sealed record SaveEfaPlanDto(EfaPlanState State, DateOnly? PlannedDate, string? RejectionReason, string? Notes, string? Contact, bool IsShared, string? ConcurrencyStamp);

/// <summary>A tenant's shared plan for an EfA service, for "who in OWL uses or plans it" (list and map).</summary>
public sealed record EfaPlanEntryDto(
    Guid TenantId,
    string TenantName,
    string DistrictKey,
    Guid EfaServiceId,
    string EfaServiceName,
    EfaPlanState State,
    DateOnly? PlannedDate,
    string? RejectionReason,
    string? Contact,
    bool IsOwn);

public interface IEfaPlanAppService
{
    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<EfaPlanDto>> GetMyPlansAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or changes the current tenant's plan for the EfA service.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Publish)]
    Task<EfaPlanDto> SavePlanAsync(Guid efaServiceId, SaveEfaPlanDto input, CancellationToken cancellationToken = default);

    /// <summary>Who in OWL uses, plans or considered the service (or every service when none is given): shared plans only.</summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Default)]
    Task<IReadOnlyList<EfaPlanEntryDto>> GetPlansInRegionAsync(Guid? efaServiceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Declares interest in joining the service: the current tenant's plan becomes (or stays at least)
    /// "interested", and every tenant with a shared plan for it is notified.
    /// </summary>
    [RequiresPermission(OwlDigitalPermissions.Sharing.Publish)]
    Task<EfaPlanDto> DeclareInterestAsync(Guid efaServiceId, CancellationToken cancellationToken = default);
}

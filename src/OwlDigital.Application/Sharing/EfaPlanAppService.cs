using OwlDigital.Authorization;
using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.Notifications;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.Sharing;

/// <summary>EfA adoption plans: the tenant's own, who in OWL uses or plans a service, and the expression of interest that starts every reuse.</summary>
public sealed class EfaPlanAppService(
    ISharingRepository sharing,
    ICatalogRepository catalog,
    ITenantRepository tenants,
    INotificationRepository notifications,
    ICurrentTenant currentTenant,
    TimeProvider timeProvider,
    IUnitOfWork unitOfWork) : IEfaPlanAppService
{
    public async Task<IReadOnlyList<EfaPlanDto>> GetMyPlansAsync(CancellationToken cancellationToken = default)
    {
        var names = await EfaNamesAsync(cancellationToken);
        return (await sharing.GetOwnPlansForUpdateAsync(cancellationToken)).OrderBy(p => names.GetValueOrDefault(p.EfaServiceId)).Select(p => ToDto(p, names)).ToList();
    }

    public async Task<EfaPlanDto> SavePlanAsync(Guid efaServiceId, SaveEfaPlanDto input, CancellationToken cancellationToken = default)
    {
        var names = await EfaNamesAsync(cancellationToken);
        var plan = await OwnPlanAsync(efaServiceId, names, cancellationToken);
        if (plan.CreationTime != default && plan.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        plan.Update(input.State, input.PlannedDate, input.RejectionReason, input.Notes, input.Contact, input.IsShared);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return ToDto(plan, names);
    }

    public async Task<IReadOnlyList<EfaPlanEntryDto>> GetPlansInRegionAsync(Guid? efaServiceId, CancellationToken cancellationToken = default)
    {
        var names = await EfaNamesAsync(cancellationToken);
        return (await sharing.GetSharedPlansAsync(efaServiceId, cancellationToken))
            .OrderBy(p => p.State).ThenBy(p => p.TenantName, StringComparer.CurrentCulture)
            .Select(p => new EfaPlanEntryDto(
                p.TenantId, p.TenantName, p.DistrictKey, p.EfaServiceId, names.GetValueOrDefault(p.EfaServiceId) ?? string.Empty, p.State, p.PlannedDate,
                p.RejectionReason, p.Contact, p.TenantId == currentTenant.Id))
            .ToList();
    }

    public async Task<EfaPlanDto> DeclareInterestAsync(Guid efaServiceId, CancellationToken cancellationToken = default)
    {
        var names = await EfaNamesAsync(cancellationToken);
        var plan = await OwnPlanAsync(efaServiceId, names, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        // Everyone further along with the service hears of a tenant that wants to join.
        var others = (await sharing.GetSharedPlansAsync(efaServiceId, cancellationToken))
            .Where(p => p.TenantId != plan.TenantId && p.State != EfaPlanState.Rejected)
            .Select(p => p.TenantId)
            .ToList();
        await notifications.DeliverAsync(
            others, () => new Notification(Guid.NewGuid(), NotificationKind.EfaInterest, efaServiceId, names[efaServiceId], plan.TenantName, timeProvider.GetUtcNow()), cancellationToken);
        return ToDto(plan, names);
    }

    /// <summary>The tenant's plan for the service, created as "interested" when it has none yet.</summary>
    private async Task<EfaAdoptionPlan> OwnPlanAsync(Guid efaServiceId, Dictionary<Guid, string> names, CancellationToken cancellationToken)
    {
        if (!names.ContainsKey(efaServiceId))
        {
            throw new EntityNotFoundException(typeof(EfaService), efaServiceId);
        }

        if ((await sharing.GetOwnPlansForUpdateAsync(cancellationToken)).FirstOrDefault(p => p.EfaServiceId == efaServiceId) is { } existing)
        {
            return existing;
        }

        var tenant = await tenants.GetCurrentAsync(currentTenant, nameof(EfaAdoptionPlan), cancellationToken);
        var plan = new EfaAdoptionPlan(Guid.NewGuid(), efaServiceId, tenant.Name, tenant.DistrictKey);
        await sharing.InsertPlanAsync(plan, cancellationToken);
        return plan;
    }

    private async Task<Dictionary<Guid, string>> EfaNamesAsync(CancellationToken cancellationToken) =>
        (await catalog.GetEfaServicesAsync(cancellationToken)).ToDictionary(s => s.Id, s => s.Name);

    private static EfaPlanDto ToDto(EfaAdoptionPlan plan, Dictionary<Guid, string> names) =>
        new(plan.Id, plan.EfaServiceId, names.GetValueOrDefault(plan.EfaServiceId) ?? string.Empty, plan.State, plan.PlannedDate, plan.RejectionReason, plan.Notes, plan.Contact, plan.IsShared, plan.ConcurrencyStamp);
}

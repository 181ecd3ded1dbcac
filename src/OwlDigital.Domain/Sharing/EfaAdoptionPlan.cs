using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Sharing;

/// <summary>
/// Where a tenant stands with one EfA service (interested, planned with a date, in use, rejected
/// with the reason), with notes and a contact. One plan per tenant and service. Shared plans are
/// what "who in OWL uses or plans EfA service X" lists; a tenant may keep a plan to itself.
/// </summary>
public class EfaAdoptionPlan : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private EfaAdoptionPlan()
    {
        TenantName = null!;
        DistrictKey = null!;
    }

    public EfaAdoptionPlan(Guid id, Guid efaServiceId, string tenantName, string districtKey)
        : base(id)
    {
        EfaServiceId = efaServiceId;
        TenantName = tenantName;
        DistrictKey = districtKey;
        State = EfaPlanState.Interested;
        IsShared = true;
    }

    public Guid TenantId { get; private set; }

    public Guid EfaServiceId { get; private set; }

    /// <summary>The tenant's name and district, shown in the others' list and placed on the map.</summary>
    public string TenantName { get; private set; }

    public string DistrictKey { get; private set; }

    public EfaPlanState State { get; private set; }

    /// <summary>When the service is meant to go live; required while <see cref="EfaPlanState.Planned"/>.</summary>
    public DateOnly? PlannedDate { get; private set; }

    /// <summary>Why not; required while <see cref="EfaPlanState.Rejected"/>.</summary>
    public string? RejectionReason { get; private set; }

    public string? Notes { get; private set; }

    public string? Contact { get; private set; }

    /// <summary>Visible to the other tenants (default); otherwise a private note of the tenant's own.</summary>
    public bool IsShared { get; private set; }

    public void Update(EfaPlanState state, DateOnly? plannedDate, string? rejectionReason, string? notes, string? contact, bool isShared)
    {
        if (!Enum.IsDefined(state))
        {
            throw new BusinessException(OwlDigitalErrorCodes.ValidationFailed).ForField(nameof(State));
        }

        if (state == EfaPlanState.Planned && plannedDate is null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.PlannedDateMissing).ForField(nameof(PlannedDate));
        }

        var reason = SharingText.Optional(rejectionReason, SharingConsts.MaxTextLength, nameof(RejectionReason));
        if (state == EfaPlanState.Rejected && reason is null)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Sharing.ReasonMissing).ForField(nameof(RejectionReason));
        }

        State = state;
        PlannedDate = state == EfaPlanState.Planned ? plannedDate : null;
        RejectionReason = state == EfaPlanState.Rejected ? reason : null;
        Notes = SharingText.Optional(notes, SharingConsts.MaxTextLength, nameof(Notes));
        Contact = SharingText.Optional(contact, SharingConsts.MaxShortTextLength, nameof(Contact));
        IsShared = isShared;
    }
}

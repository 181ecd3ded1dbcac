using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Portfolios;

/// <summary>
/// A unit of the tenant's administration, two levels deep as in Minden's measures plan: a
/// business area (Geschäftskreis, e.g. "I Zentrale Steuerung") or an office within one
/// (Dienststelle, e.g. "0.1 Zentraler Steuerungsdienst").
/// </summary>
public class OrgUnit : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private OrgUnit()
    {
        Code = null!;
        Name = null!;
    }

    internal OrgUnit(Guid id, string code, string name, Guid? businessAreaId)
        : base(id)
    {
        Code = null!;
        Name = null!;
        SetCode(code);
        SetName(name);
        BusinessAreaId = businessAreaId;
    }

    public Guid TenantId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The business area an office belongs to; null for a business area itself.</summary>
    public Guid? BusinessAreaId { get; private set; }

    public bool IsBusinessArea => BusinessAreaId is null;

    internal void SetCode(string code)
    {
        var trimmed = code?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > OrgUnitConsts.MaxCodeLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidOrgUnitCode)
                .WithDetail("Code", code)
                .WithDetail("MaxLength", OrgUnitConsts.MaxCodeLength)
                .ForField(nameof(Code));
        }

        Code = trimmed;
    }

    public void SetName(string name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > OrgUnitConsts.MaxNameLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidOrgUnitName)
                .WithDetail("MaxLength", OrgUnitConsts.MaxNameLength)
                .ForField(nameof(Name));
        }

        Name = trimmed;
    }
}

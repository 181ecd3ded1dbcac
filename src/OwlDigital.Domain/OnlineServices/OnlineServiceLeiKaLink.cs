using OwlDigital.Entities;
using OwlDigital.MultiTenancy;

namespace OwlDigital.OnlineServices;

/// <summary>
/// The mapping of an online service to one LeiKa service. Keeps the key and name as they were when
/// mapped: the catalogue entry may be renamed or retired by a later import, the tenant's record is not.
/// </summary>
public class OnlineServiceLeiKaLink : Entity<Guid>, IMultiTenant
{
    private OnlineServiceLeiKaLink()
    {
        NameWhenMapped = null!;
    }

    internal OnlineServiceLeiKaLink(Guid id, Guid onlineServiceId, Guid leiKaServiceId, string? keyWhenMapped, string nameWhenMapped)
        : base(id)
    {
        OnlineServiceId = onlineServiceId;
        LeiKaServiceId = leiKaServiceId;
        KeyWhenMapped = keyWhenMapped;
        NameWhenMapped = nameWhenMapped;
    }

    public Guid TenantId { get; private set; }

    public Guid OnlineServiceId { get; private set; }

    public Guid LeiKaServiceId { get; private set; }

    public string? KeyWhenMapped { get; private set; }

    public string NameWhenMapped { get; private set; }
}

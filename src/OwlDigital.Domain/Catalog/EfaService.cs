using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;

namespace OwlDigital.Catalog;

/// <summary>An "Einer für Alle" service: built once by one state, offered to the others (in NRW through d-NRW).</summary>
public class EfaService : AuditedAggregateRoot<Guid>
{
    private EfaService()
    {
        Name = null!;
        ProvidingState = null!;
    }

    public EfaService(Guid id, string name, int? ozgServiceId, string providingState, EfaStatus status)
        : base(id)
    {
        Name = null!;
        ProvidingState = null!;
        Update(name, ozgServiceId, providingState, status);
    }

    public string Name { get; private set; }

    public int? OzgServiceId { get; private set; }

    /// <summary>The state that built it ("Hessen", "Nordrhein-Westfalen").</summary>
    public string ProvidingState { get; private set; }

    public EfaStatus Status { get; private set; }

    public void Update(string name, int? ozgServiceId, string providingState, EfaStatus status)
    {
        Name = CatalogNames.Require(name, nameof(Name));
        ProvidingState = CatalogNames.Require(providingState, nameof(ProvidingState));
        OzgServiceId = ozgServiceId;
        Status = Enum.IsDefined(status) ? status : throw new BusinessException(OwlDigitalErrorCodes.ValidationFailed).ForField(nameof(Status));
    }
}

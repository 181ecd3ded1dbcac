using OwlDigital.Auditing;
using OwlDigital.Entities;

namespace OwlDigital.Catalog;

/// <summary>A LeiKa type code ("2/3") with its official meaning.</summary>
public class LeiKaType : Entity<string>, IAuditedAsBatch
{
    private LeiKaType()
    {
        Description = null!;
    }

    public LeiKaType(string code, string description)
        : base(code)
    {
        Description = description;
    }

    public string Description { get; private set; }

    public bool MunicipallyExecuted => LeiKaTypeCodes.IsMunicipallyExecuted(Id);

    public bool Describe(string description)
    {
        var changed = Description != description;
        Description = description;
        return changed;
    }
}

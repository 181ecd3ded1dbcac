using OwlDigital.Auditing;
using OwlDigital.Entities;

namespace OwlDigital.Catalog;

/// <summary>
/// A service of the federal service catalogue (LeiKa-Leistung), with the OZG service it belongs to.
/// Identified by its 14-digit key; the OZG-relevant services the LeiKa does not list ("nicht im
/// LeiKa") have no key and are identified by name and OZG service instead. Never deleted, only
/// retired, for the same reason as <see cref="OzgService"/>.
/// </summary>
public class LeiKaService : Entity<Guid>, IAuditedAsBatch
{
    private LeiKaService()
    {
        Name = null!;
    }

    public LeiKaService(Guid id, string? key, string name, int occurrence = 1)
        : base(id)
    {
        Key = key;
        Name = name;
        Occurrence = occurrence;
    }

    /// <summary>The 14-digit LeiKa key, or null for a service the LeiKa does not list.</summary>
    public string? Key { get; private set; }

    public string Name { get; private set; }

    /// <summary>
    /// For keyless services only: the catalogue lists a few twice under the same name and OZG
    /// service (with different SDG flags, as separate entries of the source database); the second
    /// such row of a file is occurrence 2, so a re-import matches each to its own entry.
    /// </summary>
    public int Occurrence { get; private set; }

    /// <summary>The LeiKa type(s) as the catalogue writes them: "2/3", "1, 2/3".</summary>
    public string? LeiKaType { get; private set; }

    public int? OzgServiceId { get; private set; }

    public string? LegalBasis { get; private set; }

    /// <summary>Marked relevant for the EU Single Digital Gateway (annex I or II).</summary>
    public bool SdgRelevant { get; private set; }

    /// <summary>Executed (also) by municipalities, derived from the type (<see cref="LeiKaTypeCodes"/>); the base of coverage.</summary>
    public bool MunicipallyRelevant { get; private set; }

    public bool IsRetired { get; private set; }

    /// <returns>Whether anything changed, so that re-importing the same file writes nothing.</returns>
    public bool Update(string name, string? leiKaType, int? ozgServiceId, string? legalBasis, bool sdgRelevant)
    {
        var relevant = LeiKaTypeCodes.IsMunicipallyRelevant(leiKaType);
        var changed = Name != name || LeiKaType != leiKaType || OzgServiceId != ozgServiceId || LegalBasis != legalBasis
            || SdgRelevant != sdgRelevant || MunicipallyRelevant != relevant || IsRetired;
        (Name, LeiKaType, OzgServiceId, LegalBasis, SdgRelevant, MunicipallyRelevant, IsRetired) =
            (name, leiKaType, ozgServiceId, legalBasis, sdgRelevant, relevant, false);
        return changed;
    }

    public bool Retire()
    {
        var changed = !IsRetired;
        IsRetired = true;
        return changed;
    }

    /// <summary>The identity a re-import matches on: the key, or for keyless rows name, OZG service and occurrence.</summary>
    public static string IdentityOf(string? key, string name, int? ozgServiceId, int occurrence) =>
        key ?? $"{name}\u001f{ozgServiceId}\u001f{occurrence}";

    public string Identity => IdentityOf(Key, Name, OzgServiceId, Occurrence);
}

using OwlDigital.Auditing;
using OwlDigital.Entities;

namespace OwlDigital.Catalog;

/// <summary>
/// An OZG service (OZG-Leistung, e.g. 10006 "Leistungen bei Schwangerschaftsabbruch"), keyed by its
/// OZG id. Never deleted: a later catalogue that no longer lists it marks it retired, so the
/// tenants' services mapped to it keep their mapping and can be found as orphans.
/// </summary>
public class OzgService : Entity<int>, IAuditedAsBatch
{
    private OzgService()
    {
        Name = null!;
        Topic = null!;
        LifeSituation = null!;
    }

    public OzgService(int id, string name, string lifeSituation, string topic, string? responsibilityType)
        : base(id)
    {
        Name = name;
        LifeSituation = lifeSituation;
        Topic = topic;
        ResponsibilityType = responsibilityType;
    }

    public string Name { get; private set; }

    /// <summary>Lebens-/Geschäftslage, as the catalogue names it.</summary>
    public string LifeSituation { get; private set; }

    /// <summary>Themenfeld, as the catalogue names it.</summary>
    public string Topic { get; private set; }

    /// <summary>"Typ 1", "Typ 2/3", "Typ 4/5" or "Mischleistung": who is responsible for implementing it.</summary>
    public string? ResponsibilityType { get; private set; }

    /// <summary>No longer in the latest imported catalogue.</summary>
    public bool IsRetired { get; private set; }

    public bool Update(string name, string lifeSituation, string topic, string? responsibilityType)
    {
        var changed = Name != name || LifeSituation != lifeSituation || Topic != topic || ResponsibilityType != responsibilityType || IsRetired;
        (Name, LifeSituation, Topic, ResponsibilityType, IsRetired) = (name, lifeSituation, topic, responsibilityType, false);
        return changed;
    }

    public bool Retire()
    {
        var changed = !IsRetired;
        IsRetired = true;
        return changed;
    }
}

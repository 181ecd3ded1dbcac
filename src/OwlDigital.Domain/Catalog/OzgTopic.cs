using OwlDigital.Auditing;
using OwlDigital.Entities;

namespace OwlDigital.Catalog;

/// <summary>An OZG topic (Themenfeld, e.g. "Familie & Kind"), keyed by the catalogue's own number.</summary>
public class OzgTopic : Entity<int>, IAuditedAsBatch
{
    private OzgTopic()
    {
        Name = null!;
    }

    public OzgTopic(int id, string name)
        : base(id)
    {
        Name = name;
    }

    public string Name { get; private set; }

    public bool Rename(string name)
    {
        var changed = Name != name;
        Name = name;
        return changed;
    }
}

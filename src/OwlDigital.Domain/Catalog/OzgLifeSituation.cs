using OwlDigital.Auditing;
using OwlDigital.Entities;

namespace OwlDigital.Catalog;

/// <summary>An OZG life or business situation (Lebens-/Geschäftslage, e.g. "Geburt") within a topic.</summary>
public class OzgLifeSituation : Entity<int>, IAuditedAsBatch
{
    private OzgLifeSituation()
    {
        Name = null!;
    }

    public OzgLifeSituation(int id, string name, int topicId)
        : base(id)
    {
        Name = name;
        TopicId = topicId;
    }

    public string Name { get; private set; }

    public int TopicId { get; private set; }

    public bool Update(string name, int topicId)
    {
        var changed = Name != name || TopicId != topicId;
        (Name, TopicId) = (name, topicId);
        return changed;
    }
}

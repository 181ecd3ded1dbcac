namespace OwlDigital.Entities;

public abstract class AuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IAuditedObject
    where TKey : notnull
{
    protected AuditedAggregateRoot()
    {
    }

    protected AuditedAggregateRoot(TKey id)
        : base(id)
    {
    }

    public DateTimeOffset CreationTime { get; set; }

    public DateTimeOffset? LastModificationTime { get; set; }
}

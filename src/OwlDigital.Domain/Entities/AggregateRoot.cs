namespace OwlDigital.Entities;

public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyStamp
    where TKey : notnull
{
    protected AggregateRoot()
    {
    }

    protected AggregateRoot(TKey id)
        : base(id)
    {
    }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// For changes that touch only a child entity: the root then counts as changed too, so a
    /// concurrent edit of the same aggregate is detected through the stamp.
    /// </summary>
    protected void RenewConcurrencyStamp() => ConcurrencyStamp = Guid.NewGuid().ToString("N");
}

namespace OwlDigital.MultiTenancy;

/// <summary>
/// One per DI scope: an HTTP request or a Blazor circuit. The web host sets it once when the scope
/// starts (after checking the membership); <see cref="Change"/> switches it for a block of code,
/// e.g. the migrator seeding each tenant, and restores it afterwards.
/// </summary>
public sealed class CurrentTenant : ICurrentTenant
{
    public Guid? Id { get; private set; }

    public IDisposable Change(Guid? tenantId)
    {
        var previous = Id;
        Id = tenantId;
        return new DisposeAction(() => Id = previous);
    }
}

namespace OwlDigital.Authorization;

/// <summary>
/// Counts changes to memberships and tenants in this process, so that a circuit holding an
/// <see cref="AccessContext"/> for hours notices a removed role or a deactivated tenant at its
/// next call instead of keeping it. Other instances of the web host notice within
/// <see cref="CurrentAccess.MaximumAge"/>.
/// </summary>
public sealed class AccessChangeSignal
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}

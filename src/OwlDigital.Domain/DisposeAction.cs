namespace OwlDigital;

/// <summary>Runs an action once when disposed; the restore step of the ambient Change(...) scopes.</summary>
public sealed class DisposeAction(Action action) : IDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            action();
        }
    }
}

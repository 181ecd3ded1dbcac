using System.Net;
using System.Net.Sockets;

namespace OwlDigital.Web.TestBase;

/// <summary>The web host on a real loopback port, for the browser; can be stopped and started again on the same port.</summary>
public sealed class KestrelHost : IAsyncDisposable
{
    private readonly Func<string, OwlDigitalWebApplicationFactory> _create;
    private OwlDigitalWebApplicationFactory? _factory;

    public KestrelHost(string databaseName, Func<string, OwlDigitalWebApplicationFactory>? factory = null)
    {
        _create = factory ?? (name => new OwlDigitalWebApplicationFactory(name));
        DatabaseName = databaseName;
        Port = FreePort();
    }

    public string DatabaseName { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The running host (its mails, its services); null while stopped.</summary>
    public OwlDigitalWebApplicationFactory? Factory => _factory;

    public void Start()
    {
        if (_factory is not null)
        {
            throw new InvalidOperationException("The host is already running.");
        }

        _factory = _create(DatabaseName);
        _factory.UseKestrel(Port);
        _factory.StartServer();
    }

    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

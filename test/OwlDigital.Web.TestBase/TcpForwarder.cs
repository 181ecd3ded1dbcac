using System.Net;
using System.Net.Sockets;

namespace OwlDigital.Web.TestBase;

/// <summary>
/// A TCP relay between the host and PostgreSQL that a test can cut and restore: a database
/// outage as the host sees it, without stopping the cluster the other tests use.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly int _targetPort;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpForwarder(int targetPort)
    {
        _targetPort = targetPort;
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    /// <summary>Refuses new connections and breaks the open ones, as a database restart does.</summary>
    public void Stop()
    {
        _stop.Cancel();
        _listener?.Stop();
        lock (_connections)
        {
            _connections.ForEach(c => c.Dispose());
            _connections.Clear();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(server);
            }

            _ = RelayAsync(client.GetStream(), server.GetStream(), cancellationToken);
            _ = RelayAsync(server.GetStream(), client.GetStream(), cancellationToken);
        }
    }

    private static async Task RelayAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
            // The other side or the test closed the connection.
        }
    }
}

using OwlDigital.Data;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Blazor;

/// <summary>Refuses to start when the database cannot be reached, naming the target (see <see cref="DatabaseReachability"/>).</summary>
public sealed class DatabaseStartupCheck(OwlDigitalConnectionStrings connectionStrings) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        DatabaseReachability.EnsureReachableAsync(connectionStrings.Application, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

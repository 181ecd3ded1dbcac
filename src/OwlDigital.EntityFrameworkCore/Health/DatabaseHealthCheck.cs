using Microsoft.Extensions.Diagnostics.HealthChecks;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Health;

/// <summary>Ready means the database answers a query as the application role.</summary>
public sealed class DatabaseHealthCheck(OwlDigitalDbContext dbContext) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await dbContext.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database check failed.", exception);
        }
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OwlDigital;
using OwlDigital.Data;
using Serilog;

// Migrates the database as the owner role, grants the application role, then runs every seed
// contributor. Safe to run again: a second run changes nothing.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger(), dispose: true);

try
{
    builder.Services.AddOwlDigitalDomain();
    builder.Services.AddOwlDigitalEntityFrameworkCore(builder.Configuration);
}
catch (InvalidOperationException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILogger<Program>>();
try
{
    await using var scope = host.Services.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<OwlDigitalDbMigrationService>().MigrateAndSeedAsync();
    logger.LogInformation("Database is ready ({Changes} changes)", result.TotalChanges);
    return 0;
}
catch (DatabaseUnreachableException exception)
{
    logger.LogCritical("{Message}", exception.Message);
    return 1;
}

/// <summary>Entry point of the migrator.</summary>
public partial class Program;

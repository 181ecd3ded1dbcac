using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OwlDigital;
using OwlDigital.Data;
using OwlDigital.Memberships;
using OwlDigital.Users;
using OwlDigital.Validation;
using Serilog;

// Commands:
//   (none)                                        migrate as the owner role, grant the application role, seed
//   create-host-admin <e-mail> "<display name>"   create the first host admin; the password comes from
//                                                 OWLDIGITAL_ADMIN_PASSWORD or standard input (never the command line)
// Migrating is safe to repeat: a second run changes nothing. Demo logins are seeded only in the
// Development environment and only when OWLDIGITAL_DEMO_PASSWORD is set.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
builder.Configuration.AddEnvironmentVariables();
builder.Logging.ClearProviders();
builder.Logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger(), dispose: true);

try
{
    // The application layer too: the demo catalogue is imported by the same importer the host uses.
    builder.Services.AddOwlDigitalApplication();
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
    var services = scope.ServiceProvider;
    var command = args.FirstOrDefault();
    if (command is null)
    {
        var demoPassword = builder.Environment.IsDevelopment() ? Environment.GetEnvironmentVariable("OWLDIGITAL_DEMO_PASSWORD") : null;
        var result = await services.GetRequiredService<OwlDigitalDbMigrationService>()
            .MigrateAndSeedAsync(new DataSeedContext
            {
                DemoUserPassword = string.IsNullOrEmpty(demoPassword) ? null : demoPassword,
                SharedDataDirectory = Environment.GetEnvironmentVariable("OWLDIGITAL_SHARED_DATA"),
            });
        logger.LogInformation("Database is ready ({Changes} changes)", result.TotalChanges);
        return 0;
    }

    if (command == "create-host-admin" && args.Length == 3)
    {
        var password = Environment.GetEnvironmentVariable("OWLDIGITAL_ADMIN_PASSWORD") ?? Console.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password: set OWLDIGITAL_ADMIN_PASSWORD or pipe it to standard input.");
            return 2;
        }

        var accounts = services.GetRequiredService<UserAccountManager>();
        var user = await accounts.EnsureUserAsync(args[1], args[2], password);
        var added = await accounts.EnsureMembershipAsync(user, MembershipRole.HostAdmin, tenantId: null);
        logger.LogInformation(added ? "Host admin {Email} is ready" : "{Email} already was a host admin", args[1]);
        return 0;
    }

    Console.Error.WriteLine("Usage: OwlDigital.DbMigrator [create-host-admin <e-mail> \"<display name>\"]");
    return 2;
}
catch (Exception exception) when (exception is DatabaseUnreachableException or DatabaseRoleException)
{
    logger.LogCritical("{Message}", exception.Message);
    return 1;
}
catch (OwlDigitalValidationException exception)
{
    logger.LogCritical("{Message}", exception.Message);
    return 2;
}

/// <summary>Entry point of the migrator.</summary>
public partial class Program;

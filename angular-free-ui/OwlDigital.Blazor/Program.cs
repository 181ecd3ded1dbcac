using OwlDigital.Blazor;
using OwlDigital.Data;
using OwlDigital.EntityFrameworkCore;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddOwlDigitalLogging();
builder.Services.AddOwlDigitalWebHost(builder.Configuration);

var app = builder.Build();
app.UseOwlDigitalWebHost();

try
{
    // Checked before the server starts, so a wrong connection string ends the process with one
    // clear line instead of failing every request later.
    var database = app.Services.GetRequiredService<OwlDigitalConnectionStrings>().Application;
    await DatabaseReachability.EnsureReachableAsync(database);
    await DatabaseRoleCheck.EnsureRestrictedAsync(database);
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is DatabaseUnreachableException or DatabaseRoleException)
{
    app.Logger.LogCritical("{Message}", exception.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

using OwlDigital;
using OwlDigital.Blazor;
using OwlDigital.Data;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddOwlDigitalLogging();
builder.Services.AddOwlDigitalWebHost(builder.Configuration);

var app = builder.Build();
app.UseOwlDigitalWebHost();

try
{
    await app.RunAsync();
    return 0;
}
catch (DatabaseUnreachableException exception)
{
    // Said plainly, once: the operator needs the target and the reason, not a stack trace.
    app.Logger.LogCritical("{Message}", exception.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

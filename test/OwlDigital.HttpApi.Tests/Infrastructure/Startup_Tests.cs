using System.Diagnostics;
using OwlDigital.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

public class Startup_Tests
{
    [Fact]
    public async Task Host_With_An_Unreachable_Database_Should_Exit_With_A_Message_Naming_The_Target()
    {
        // The built web host as an operator starts it; port 1 on loopback refuses connections at once.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var hostDirectory = Path.Combine(RepositoryRoot.Path, "angular-free-ui", "OwlDigital.Blazor", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(hostDirectory, "OwlDigital.Blazor.dll")])
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Database=owl_unreachable;Username=owl_app;Password=secret-value",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Serilog__WriteTo__1__Args__path"] = Path.Combine(Path.GetTempPath(), $"owl-startup-{Guid.NewGuid():N}", "log-.log"),
            },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;

        process.ExitCode.ShouldBe(1, text);
        text.ShouldContain("Cannot reach the PostgreSQL database at host 127.0.0.1, port 1, database owl_unreachable, user owl_app");
        text.ShouldNotContain("secret-value");
        text.ShouldNotContain("   at ", customMessage: "the operator gets the reason, not a stack trace");
    }
}

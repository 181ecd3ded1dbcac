using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OwlDigital.Blazor.Printing;
using OwlDigital.Memberships;
using OwlDigital.Surveys;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Surveys;

/// <summary>
/// The PDF printer runs a browser on the server over text that tenants typed: it must run no
/// script, fetch nothing, and not start a Chromium for every request that arrives at once.
/// </summary>
public class PdfPrinter_Tests(PdfPrinter_Tests.Fixture fixture) : IClassFixture<PdfPrinter_Tests.Fixture>
{
    [Fact]
    public async Task A_Document_Should_Be_Printed_Without_Running_Its_Scripts_Or_Fetching_Anything()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref connections);
            }
        });
        var html = $$"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Nur Text</title>
            <link rel="stylesheet" href="http://127.0.0.1:{{port}}/style.css"></head>
            <body><p>Eine Seite.</p>
            <script>
              document.title = 'SKRIPT-LIEF';
              for (let i = 0; i < 30; i++) { const p = document.createElement('p'); p.textContent = 'Seite ' + i; p.style.breakAfter = 'page'; document.body.appendChild(p); }
              new Image().src = 'http://127.0.0.1:{{port}}/from-script';
            </script>
            <img src="http://127.0.0.1:{{port}}/image.png"><iframe src="http://127.0.0.1:{{port}}/frame"></iframe>
            <script src="http://127.0.0.1:{{port}}/script.js"></script>
            </body></html>
            """;
        using var printer = new ChromiumPdfPrinter(Options.Create(new PrintingOptions()), NullLogger<ChromiumPdfPrinter>.Instance);

        var pdf = Encoding.Latin1.GetString(await printer.PrintAsync(html, CancellationToken.None));

        pdf.ShouldStartWith("%PDF-");
        Regex.Matches(pdf, @"/Type\s*/Page\b").Count.ShouldBe(1, "the script would have added 30 pages");
        pdf.ShouldNotContain("SKRIPT-LIEF");
        connections.ShouldBe(0, "neither the stylesheet, the image, the frame, the script nor the script's own request reached the network");
    }

    [Fact]
    public void The_Policy_Should_Come_First_And_A_Document_That_Navigates_Should_Not_Be_Printed()
    {
        var confined = ChromiumPdfPrinter.Confined("<!DOCTYPE html><!-- <head> --><html><head><title>&lt;head&gt;</title></head><body>x</body></html>");

        confined.ShouldStartWith($"<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"{ChromiumPdfPrinter.ContentSecurityPolicy}\">",
            customMessage: "right after the doctype, whatever the text holds further on");
        ChromiumPdfPrinter.Confined("<p>ohne Kopf</p>").ShouldStartWith("<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\"");
        Should.Throw<PdfPrintingUnavailableException>(() => ChromiumPdfPrinter.Confined(
            "<!DOCTYPE html><html><head><META HTTP-EQUIV=Refresh content=\"0;url=file:///etc/passwd\"></head></html>"), "a refresh would print a local file");
        Should.Throw<PdfPrintingUnavailableException>(() => ChromiumPdfPrinter.Confined("<!DOCTYPE html><base href=\"file:///\"><p>x</p>"));
    }

    [Fact]
    public async Task Prints_Beyond_The_Slots_And_The_Queue_Should_Be_Turned_Away_At_Once()
    {
        using var gate = new ChromiumStandIn();
        using var printer = new ChromiumPdfPrinter(
            Options.Create(new PrintingOptions { ChromiumPath = gate.Path, MaxConcurrentPrints = 1, MaxQueuedPrints = 1 }),
            NullLogger<ChromiumPdfPrinter>.Instance);

        var running = printer.PrintAsync("<p>1</p>", CancellationToken.None);
        var waiting = printer.PrintAsync("<p>2</p>", CancellationToken.None);
        await Should.ThrowAsync<PdfPrinterBusyException>(() => printer.PrintAsync("<p>3</p>", CancellationToken.None));

        running.IsCompleted.ShouldBeFalse("the stand-in waits for its gate");
        gate.Open();
        (await running).Length.ShouldBeGreaterThan(0);
        (await waiting).Length.ShouldBeGreaterThan(0, "the queued print runs once the slot is free");
        (await printer.PrintAsync("<p>4</p>", CancellationToken.None)).Length.ShouldBeGreaterThan(0, "turned-away prints leave no slot taken");
    }

    [Fact]
    public async Task A_Busy_Printer_Should_Answer_503_With_Retry_After()
    {
        using var admin = await fixture.Factory.SignedInClientAsync(await fixture.AdminAsync());
        var round = await (await admin.PostAsJsonAsync("/api/survey/rounds", new { name = "Druckprobe", periodStart = "2026-01-01", periodEnd = "2026-06-30" }, ApiJson.Options))
            .Content.ReadFromJsonAsync<SurveyRoundDto>(ApiJson.Options);
        (await admin.PostAsync($"/api/survey/rounds/{round!.Id}/open", null)).EnsureSuccessStatusCode();

        var first = admin.GetAsync($"/api/survey/rounds/{round.Id}/report.pdf");
        await fixture.Gate.StartedAsync();
        var second = await admin.GetAsync($"/api/survey/rounds/{round.Id}/report.pdf");
        fixture.Gate.Open();
        var printed = await first;

        second.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        second.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(15));
        (await second.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.PrinterBusy);
        printed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>
    /// Stands in for Chromium where a test must hold a print open: writes a minimal PDF to the
    /// path given by --print-to-pdf once its gate file exists, and marks that it has started.
    /// </summary>
    public sealed class ChromiumStandIn : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("owldigital-chromium-");

        public ChromiumStandIn()
        {
            Path = System.IO.Path.Combine(_folder.FullName, "chromium");
            File.WriteAllText(Path, $$"""
                #!/bin/sh
                for argument in "$@"; do case "$argument" in --print-to-pdf=*) output="${argument#--print-to-pdf=}";; esac; done
                touch "{{_folder.FullName}}/started"
                while [ ! -e "{{_folder.FullName}}/open" ]; do sleep 0.05; done
                printf '%%PDF-1.4\n%%%%EOF\n' > "$output"
                """.Replace("\r\n", "\n"));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        public string Path { get; }

        public void Open() => File.WriteAllText(System.IO.Path.Combine(_folder.FullName, "open"), string.Empty);

        public async Task StartedAsync()
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(System.IO.Path.Combine(_folder.FullName, "started")))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("The stand-in never started.");
                }

                await Task.Delay(20);
            }
        }

        public void Dispose()
        {
            Open();
            _folder.Delete(recursive: true);
        }
    }

    public sealed class Fixture : WebHostFixture
    {
        public ChromiumStandIn Gate { get; } = new();

        protected override OwlDigitalWebApplicationFactory CreateFactory() => new(DatabaseName)
        {
            Settings = new Dictionary<string, string>
            {
                ["Printing:ChromiumPath"] = Gate.Path,
                ["Printing:MaxConcurrentPrints"] = "1",
                ["Printing:MaxQueuedPrints"] = "0",
            },
        };

        public async Task<string> AdminAsync()
        {
            await this.CreateAsync("print-admin@owl.test", MembershipRole.HostAdmin);
            return "print-admin@owl.test";
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Gate.Dispose();
        }
    }
}

using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace OwlDigital.Blazor.Printing;

/// <summary>
/// Turns a self-contained HTML document into a PDF with headless Chromium's own printing
/// (<c>--print-to-pdf</c>). The licence-clean way STACK.md names: no PDF library restores here that
/// is not AGPL. The document is written to a private temporary folder and loaded from there, so the
/// browser needs neither the user's session nor the network.
/// </summary>
public sealed class ChromiumPdfPrinter(IOptions<PrintingOptions> options, ILogger<ChromiumPdfPrinter> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentPrints));

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = options.Value.ResolveChromiumPath();
        if (!File.Exists(chromium))
        {
            throw new PdfPrintingUnavailableException($"Chromium was not found at '{chromium}' (set Printing:ChromiumPath).");
        }

        await _slots.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("owldigital-print-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.html");
            var output = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);

            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };

            // The flags STACK.md found necessary on these machines (no sandbox as root, no background
            // connections the closed network refuses), plus a throw-away profile per print.
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}",
                "--no-pdf-header-footer", $"--print-to-pdf={output}", new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfPrintingUnavailableException($"Chromium at '{chromium}' did not start.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                throw new PdfPrintingUnavailableException($"Chromium did not finish printing within {options.Value.Timeout.TotalSeconds:0} s.");
            }

            if (process.ExitCode != 0 || !File.Exists(output))
            {
                logger.LogError("Chromium printing failed with exit code {ExitCode}: {Errors}", process.ExitCode, await errors);
                throw new PdfPrintingUnavailableException($"Chromium exited with code {process.ExitCode} without a PDF.");
            }

            return await File.ReadAllBytesAsync(output, cancellationToken);
        }
        finally
        {
            _slots.Release();
            TryDelete(folder);
        }
    }

    public void Dispose() => _slots.Dispose();

    private void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException exception)
        {
            // Chromium may still hold its profile for a moment; the temporary folder is cleaned by the OS.
            logger.LogDebug(exception, "Could not delete the print folder {Folder}", folder.FullName);
        }
    }
}

/// <summary>The server cannot print PDFs (no Chromium, or it failed): answered with 503, the other exports still work.</summary>
public sealed class PdfPrintingUnavailableException(string message) : Exception(message);

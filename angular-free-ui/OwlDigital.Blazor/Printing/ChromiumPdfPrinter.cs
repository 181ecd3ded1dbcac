using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace OwlDigital.Blazor.Printing;

/// <summary>
/// Turns a self-contained HTML document into a PDF with headless Chromium's own printing
/// (<c>--print-to-pdf</c>). The licence-clean way STACK.md names: no PDF library restores here that
/// is not AGPL. The document is written to a private temporary folder and loaded from there, so the
/// browser needs neither the user's session nor the network.
/// <para>
/// The document holds text that tenants typed. Should any of it ever come through as markup, the
/// browser still must not run it or fetch anything: the printed document carries a content
/// security policy that allows no script and no request (styles and data: images only), and
/// Chromium itself is pointed at a proxy that does not exist, for loopback too. (Chromium's own
/// switch for turning scripts off, <c>--blink-settings=scriptEnabled=false</c>, makes its headless
/// printing fail here, so the policy does that part.)
/// </para>
/// <para>
/// Each print is a Chromium process of its own: at most <see cref="PrintingOptions.MaxConcurrentPrints"/>
/// run, at most <see cref="PrintingOptions.MaxQueuedPrints"/> wait, and any further request is
/// turned away at once (<see cref="PdfPrinterBusyException"/>) instead of piling up processes.
/// </para>
/// </summary>
public sealed partial class ChromiumPdfPrinter(IOptions<PrintingOptions> options, ILogger<ChromiumPdfPrinter> logger) : IDisposable
{
    /// <summary>The policy put first into the printed document's head.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentPrints));

    // Prints running or waiting for a slot.
    private int _admitted;

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = options.Value.ResolveChromiumPath();
        if (!File.Exists(chromium))
        {
            throw new PdfPrintingUnavailableException($"Chromium was not found at '{chromium}' (set Printing:ChromiumPath).");
        }

        var capacity = Math.Max(1, options.Value.MaxConcurrentPrints) + Math.Max(0, options.Value.MaxQueuedPrints);
        if (Interlocked.Increment(ref _admitted) > capacity)
        {
            Interlocked.Decrement(ref _admitted);
            throw new PdfPrinterBusyException();
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                return await PrintInSlotAsync(chromium, html, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    /// <summary>
    /// The document as printed: the content security policy first, right after the doctype, so the
    /// parser puts it into the head before anything it could load or run (whatever the text
    /// contains further on). A document that asks the browser to go elsewhere (a refresh, a base
    /// address) is refused: a policy cannot stop a navigation, and a file:// address would print
    /// local files.
    /// </summary>
    public static string Confined(string html)
    {
        if (NavigatingMarkup().IsMatch(html))
        {
            throw new PdfPrintingUnavailableException("The document asks the browser to navigate (meta refresh or base); it is not printed.");
        }

        var policy = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">";
        var doctype = DoctypePattern().Match(html);
        return doctype.Success
            ? html.Insert(doctype.Index + doctype.Length, policy)
            : $"<!DOCTYPE html>{policy}{html}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*<!DOCTYPE[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DoctypePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"<\s*base[\s/>]|<\s*meta[^>]*http-equiv\s*=\s*[""']?\s*refresh", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NavigatingMarkup();

    private async Task<byte[]> PrintInSlotAsync(string chromium, string html, CancellationToken cancellationToken)
    {
        var document = Confined(html);
        var folder = Directory.CreateTempSubdirectory("owldigital-print-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.html");
            var output = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, document, cancellationToken);

            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };

            // The flags STACK.md found necessary on these machines (no sandbox as root, no background
            // connections the closed network refuses), a throw-away profile per print, and a proxy
            // that is not there for every address including loopback: no request leaves the printer.
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
                $"--proxy-server={UnreachableProxy}", "--proxy-bypass-list=<-loopback>",
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
            TryDelete(folder);
        }
    }

    // The discard port on loopback: nothing listens, so every request fails at once.
    private const string UnreachableProxy = "socks5://127.0.0.1:9";

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

/// <summary>As many prints as allowed are running or waiting: answered with 503 and Retry-After.</summary>
public sealed class PdfPrinterBusyException() : Exception("All PDF print slots and the queue are taken.");

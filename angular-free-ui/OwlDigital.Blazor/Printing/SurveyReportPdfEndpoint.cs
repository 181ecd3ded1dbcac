using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using OwlDigital.Authorization;
using OwlDigital.Blazor.Components.Pages.Surveys;
using OwlDigital.Localization;
using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.Tenants;

namespace OwlDigital.Blazor.Printing;

/// <summary>
/// The benchmark report as PDF. Lives in the web host, not the HTTP API layer, because the PDF is
/// the report page's own markup (<see cref="ReportFigures"/>) printed by Chromium; the figures, the
/// permission check and the suppression come from the same application service as every other view.
/// </summary>
public static class SurveyReportPdfEndpoint
{
    private static readonly Lazy<string> ReportCss = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("OwlDigital.Printing.report.css")
            ?? throw new InvalidOperationException("The report stylesheet is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    });

    public static IEndpointRouteBuilder MapSurveyReportPdfEndpoint(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/survey/rounds/{id:guid}/report.pdf", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                Guid id, string? district, string? kind, string? sizeClass, bool? asPublished,
                ISurveyReportAppService reports, ChromiumPdfPrinter printer, IOptions<PrintingOptions> printing, IStringLocalizer<OwlDigitalResource> localizer, HttpContext httpContext, ILoggerFactory loggerFactory, CancellationToken cancellationToken) =>
            {
                var report = await reports.GetReportAsync(id, SurveyEndpoints.ReportFilter(district, kind, sizeClass, asPublished), cancellationToken);
                var html = await RenderDocumentAsync(report, httpContext.RequestServices, loggerFactory);

                try
                {
                    var pdf = await printer.PrintAsync(html, cancellationToken);
                    return TypedResults.File(pdf, "application/pdf", $"benchmark-{Slug(report.RoundName)}.pdf");
                }
                catch (PdfPrinterBusyException)
                {
                    httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(printing.Value.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return TypedResults.Problem(
                        title: localizer[OwlDigitalErrorCodes.PrinterBusy],
                        detail: localizer[OwlDigitalErrorCodes.PrinterBusy],
                        statusCode: StatusCodes.Status503ServiceUnavailable,
                        extensions: new Dictionary<string, object?> { ["code"] = OwlDigitalErrorCodes.PrinterBusy });
                }
                catch (PdfPrintingUnavailableException exception)
                {
                    loggerFactory.CreateLogger(typeof(SurveyReportPdfEndpoint)).LogError(exception, "The report of round {RoundId} could not be printed", id);
                    return TypedResults.Problem(
                        title: "PDF export unavailable",
                        detail: "The server cannot print PDFs at the moment; the printable page, CSV and Excel exports still work.",
                        statusCode: StatusCodes.Status503ServiceUnavailable);
                }
            })
            .RequireAuthorization()
            .WithTags("Survey rounds")
            .WithName("ExportSurveyReportPdf")
            .WithSummary("The report as PDF (A4), printed by headless Chromium from the report page's markup; suppressed as on screen")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    /// <summary>The self-contained HTML document Chromium prints: the report page's own figures component, so the PDF shows exactly what the page shows.</summary>
    public static async Task<string> RenderDocumentAsync(SurveyReportDto report, IServiceProvider services, ILoggerFactory loggerFactory)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var document = await renderer.RenderComponentAsync<SurveyReportDocument>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(SurveyReportDocument.Report)] = report,
                [nameof(SurveyReportDocument.Css)] = ReportCss.Value,
            }));
            return document.ToHtmlString();
        });
    }

    /// <summary>A file name from the round's name: "Erhebung 2024/25" → "erhebung-2024-25".</summary>
    private static string Slug(string name) =>
        string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.Import;

namespace OwlDigital.Portfolios;

/// <summary>Measures, reporting rounds and the council report of the current tenant.</summary>
public static class PortfolioEndpoints
{
    public static RouteGroupBuilder MapPortfolioEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/portfolio").WithTags("Portfolio");

        group.MapGet("/measures", async Task<Ok<PagedResultDto<MeasureDto>>> (
                string? filter, Guid? orgUnitId, int? skip, int? take, string? sorting, IMeasureAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(
                    new GetMeasureListInput { Filter = filter, OrgUnitId = orgUnitId, Skip = skip ?? 0, Take = take ?? PagedAndSortedResultRequestDto.DefaultTake, Sorting = sorting },
                    cancellationToken)))
            .RequireAuthorization()
            .WithName("GetMeasures")
            .WithSummary("The measures plan, a page at a time, with each measure's progress per reporting date")
            .WithDescription("sorting: number, title or year, optionally followed by ' desc'. take: 1 to 100.")
            .ProducesValidationProblem();

        group.MapGet("/measures/{id:guid}", async Task<Ok<MeasureDto>> (Guid id, IMeasureAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetMeasure")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/measures", async Task<Created<MeasureDto>> (SaveMeasureDto input, IMeasureAppService service, CancellationToken cancellationToken) =>
            {
                var created = await service.CreateAsync(input, cancellationToken);
                return TypedResults.Created($"/api/portfolio/measures/{created.Id}", created);
            })
            .RequireAuthorization()
            .WithName("CreateMeasure")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/measures/{id:guid}", async Task<Ok<MeasureDto>> (Guid id, SaveMeasureDto input, IMeasureAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("UpdateMeasure")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/imports/preview", async Task<Ok<MeasureImportResultDto>> (HttpRequest request, IMeasureImportAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.PreviewAsync(await UploadedFile.ReadAsync(request, cancellationToken), cancellationToken)))
            .RequirePermissionOf<IMeasureImportAppService>(nameof(IMeasureImportAppService.PreviewAsync))
            .WithName("PreviewMeasureImport")
            .WithSummary("Send an .xlsx or .csv measures plan as the request body: what an import would create, update or leave, and every problem by row and column");

        group.MapPost("/imports", async Task<Results<Ok<MeasureImportResultDto>, UnprocessableEntity<MeasureImportResultDto>>> (HttpRequest request, IMeasureImportAppService service, CancellationToken cancellationToken) =>
            {
                var result = await service.ImportAsync(await UploadedFile.ReadAsync(request, cancellationToken), cancellationToken);
                return result.Committed ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
            })
            .RequirePermissionOf<IMeasureImportAppService>(nameof(IMeasureImportAppService.ImportAsync))
            .WithName("ImportMeasures")
            .WithSummary("Import the measures plan: all rows or, with any problem (422, problems listed), none");

        group.MapGet("/programs", async Task<Ok<IReadOnlyList<ProgramDto>>> (IProgramAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetPrograms")
            .WithSummary("Programs with their targets and how far each is reached (computed live where the app has the data)");

        group.MapPost("/programs", async Task<Ok<ProgramDto>> (SaveProgramDto input, IProgramAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.CreateAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("CreateProgram")
            .ProducesValidationProblem();

        group.MapPost("/programs/{id:guid}/targets", async Task<Ok<ProgramDto>> (Guid id, AddTargetDto input, IProgramAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.AddTargetAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("AddProgramTarget")
            .WithSummary("Add a SMART target: text, metric (MeasuresImplemented, MeasuresImplementedPercent, Manual), target value, deadline")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/programs/{id:guid}/targets/{targetId:guid}/value", async Task<Ok<ProgramDto>> (Guid id, Guid targetId, RecordTargetValueDto input, IProgramAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.RecordTargetValueAsync(id, targetId, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("RecordProgramTargetValue")
            .WithSummary("Enter the current figure of a manual target, with its as-of date")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/periods", async Task<Ok<IReadOnlyList<ReportingPeriodDto>>> (IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetPeriodsAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetReportingPeriods")
            .WithSummary("The reporting rounds (31 March, 30 September), newest first, with how many measures have reported");

        group.MapPost("/periods", async Task<Ok<ReportingPeriodDto>> (OpenReportingPeriodDto input, IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.OpenPeriodAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("OpenReportingPeriod")
            .WithSummary("Open the progress round for a reporting date (yyyy-03-31 or yyyy-09-30)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/periods/{id:guid}/close", async Task<Ok<ReportingPeriodDto>> (Guid id, IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.ClosePeriodAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("CloseReportingPeriod")
            .WithSummary("Close the round: its values are frozen")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/periods/{id:guid}/reopen", async Task<Ok<ReportingPeriodDto>> (Guid id, IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.ReopenPeriodAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("ReopenReportingPeriod")
            .WithSummary("Open a closed round again for corrections (recorded in the audit log)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/periods/{id:guid}/progress", async Task<Ok<ProgressSheetDto>> (Guid id, IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetProgressSheetAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetProgressSheet")
            .WithSummary("Every measure with its value at the date before and at this date")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/periods/{id:guid}/progress", async Task<Ok<ProgressSheetDto>> (Guid id, SaveProgressDto input, IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SaveProgressAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("SaveProgress")
            .WithSummary("Save progress values (0–10, a, g, or empty to withdraw); all or nothing")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/report", async Task<Ok<CouncilReportDto>> (IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetCouncilReportAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetCouncilReport")
            .WithSummary("Council report: count and sum of progress by status per reporting date, newly implemented, by year reported");

        group.MapGet("/report.xlsx", async Task<FileContentHttpResult> (IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(
                    await service.ExportCouncilReportAsync(cancellationToken),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"massnahmenplan-bericht-{DateTime.UtcNow:yyyyMMdd}.xlsx"))
            .RequireAuthorization()
            .WithName("ExportCouncilReport")
            .WithSummary("The council report and the measures plan as an Excel workbook");

        group.MapGet("/measures.csv", async Task<FileContentHttpResult> (IReportingAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(await service.ExportPlanCsvAsync(cancellationToken), "text/csv; charset=utf-8", $"massnahmenplan-{DateTime.UtcNow:yyyyMMdd}.csv"))
            .RequireAuthorization()
            .WithName("ExportMeasuresCsv")
            .WithSummary("The measures plan as CSV, in the layout the import reads");

        return group;
    }

    /// <summary>What tenants publish: readable without signing in, only where the tenant switched its public page on.</summary>
    public static RouteGroupBuilder MapPublicPortfolioEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/public/{ags}").WithTags("Public").AllowAnonymous();

        group.MapGet("/measures", async Task<Ok<PublicPortfolioDto>> (string ags, IPublicPortfolioAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(ags, cancellationToken)))
            .WithName("GetPublicMeasures")
            .WithSummary("A tenant's published measures plan and council report as JSON (open data)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/measures.csv", async Task<FileContentHttpResult> (string ags, IPublicPortfolioAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(await service.GetCsvAsync(ags, cancellationToken), "text/csv; charset=utf-8", $"massnahmenplan-{ags}.csv"))
            .WithName("GetPublicMeasuresCsv")
            .WithSummary("The published measures plan as CSV (open data)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}

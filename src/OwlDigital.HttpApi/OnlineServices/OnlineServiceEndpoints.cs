using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.Import;

namespace OwlDigital.OnlineServices;

/// <summary>The current tenant's online services, their figures and catalogue coverage; the regional view for host staff.</summary>
public static class OnlineServiceEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapOnlineServiceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/services").WithTags("Online services");

        group.MapGet("/", async Task<Ok<PagedResultDto<OnlineServiceDto>>> (
                string? filter, ServiceStatus? status, DateOnly? statusDate, Guid? orgUnitId, ImplementationWay? implementation, string? topic,
                int? skip, int? take, string? sorting, IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(
                    new GetOnlineServiceListInput
                    {
                        Filter = filter, Status = status, StatusDate = statusDate, OrgUnitId = orgUnitId, Implementation = implementation, Topic = topic,
                        Skip = skip ?? 0, Take = take ?? PagedAndSortedResultRequestDto.DefaultTake, Sorting = sorting,
                    },
                    cancellationToken)))
            .RequireAuthorization()
            .WithName("GetOnlineServices")
            .WithSummary("The list of online services, filtered by status (at statusDate, else current), org unit, way of implementation, OZG topic")
            .WithDescription("sorting: number, title or status, optionally followed by ' desc'. take: 1 to 100.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<OnlineServiceDto>> (Guid id, IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetOnlineService")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<OnlineServiceDto>> (SaveOnlineServiceDto input, IOnlineServiceAppService service, CancellationToken cancellationToken) =>
            {
                var created = await service.CreateAsync(input, cancellationToken);
                return TypedResults.Created($"/api/services/{created.Id}", created);
            })
            .RequireAuthorization()
            .WithName("CreateOnlineService")
            .WithSummary("Add an online service; LeiKa services by id (leiKaServiceIds) or key (leiKaKeys), statuses for existing reporting dates")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:guid}", async Task<Ok<OnlineServiceDto>> (Guid id, SaveOnlineServiceDto input, IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("UpdateOnlineService")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/report", async Task<Ok<ServiceReportDto>> (IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetReportAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetOnlineServiceReport")
            .WithSummary("Counts by status P/E/U per reporting date, services newly implemented, fee-charging services not payable online");

        group.MapGet("/coverage", async Task<Ok<CoverageDto>> (IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetCoverageAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetCatalogCoverage")
            .WithSummary("Of the municipally relevant LeiKa services, per OZG topic, how many this tenant offers online and how many are under way");

        group.MapGet("/coverage/entries", async Task<Ok<IReadOnlyList<CoverageEntryDto>>> (string? topic, IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetCoverageEntriesAsync(topic ?? string.Empty, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetCatalogCoverageEntries")
            .WithSummary("Drill-down: the municipally relevant LeiKa services of one topic, gaps first");

        group.MapGet("/export.xlsx", async Task<FileContentHttpResult> (IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(await service.ExportAsync(excel: true, cancellationToken), Xlsx, $"online-dienste-{DateTime.UtcNow:yyyyMMdd}.xlsx"))
            .RequireAuthorization()
            .WithName("ExportOnlineServicesXlsx")
            .WithSummary("The list in the layout of Anlage 6 as Excel (the layout the import reads)");

        group.MapGet("/export.csv", async Task<FileContentHttpResult> (IOnlineServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(await service.ExportAsync(excel: false, cancellationToken), "text/csv; charset=utf-8", $"online-dienste-{DateTime.UtcNow:yyyyMMdd}.csv"))
            .RequireAuthorization()
            .WithName("ExportOnlineServicesCsv")
            .WithSummary("The list in the layout of Anlage 6 as CSV");

        group.MapPost("/imports/preview", async Task<Ok<OnlineServiceImportResultDto>> (HttpRequest request, IOnlineServiceImportAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.PreviewAsync(await UploadedFile.ReadAsync(request, cancellationToken), cancellationToken)))
            .RequirePermissionOf<IOnlineServiceImportAppService>(nameof(IOnlineServiceImportAppService.PreviewAsync))
            .WithName("PreviewOnlineServiceImport")
            .WithSummary("Send an .xlsx or .csv list in the Anlage 6 layout as the body: what an import would do, every problem by row and column");

        group.MapPost("/imports", async Task<Results<Ok<OnlineServiceImportResultDto>, UnprocessableEntity<OnlineServiceImportResultDto>>> (HttpRequest request, IOnlineServiceImportAppService service, CancellationToken cancellationToken) =>
            {
                var result = await service.ImportAsync(await UploadedFile.ReadAsync(request, cancellationToken), cancellationToken);
                return result.Committed ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
            })
            .RequirePermissionOf<IOnlineServiceImportAppService>(nameof(IOnlineServiceImportAppService.ImportAsync))
            .WithName("ImportOnlineServices")
            .WithSummary("Import the list: all rows or, with any problem (422, problems listed), none");

        group.MapGet("/regional", async Task<Ok<RegionalAvailabilityDto>> (string? district, IRegionalServiceAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAvailabilityAsync(string.IsNullOrWhiteSpace(district) ? null : district.Trim(), cancellationToken)))
            .RequireAuthorization()
            .WithName("GetRegionalServiceAvailability")
            .WithSummary("Host: for each OZG service, in how many OWL tenants it is online; 'in at least one' and 'in all', region-wide and by district")
            .ProducesValidationProblem();

        return group;
    }
}

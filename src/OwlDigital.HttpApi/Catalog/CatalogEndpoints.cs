using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Import;

namespace OwlDigital.Catalog;

/// <summary>The reference catalogue: readable by everyone signed in, written by host admins.</summary>
public static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/catalog").WithTags("Catalog").RequireAuthorization();

        group.MapGet("/summary", async Task<Ok<CatalogSummaryDto>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetSummaryAsync(cancellationToken)))
            .WithName("GetCatalogSummary")
            .WithSummary("How many topics, life situations, OZG and LeiKa services (with and without key, municipally relevant, retired) are loaded");

        group.MapGet("/leika", async Task<Ok<IReadOnlyList<LeiKaServiceDto>>> (string? search, int? take, ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SearchLeiKaAsync(search, take ?? 20, cancellationToken)))
            .WithName("SearchLeiKaServices")
            .WithSummary("LeiKa services whose name, key or OZG service contains every word of the search (e.g. 'Einbürg'); take 1 to 50");

        group.MapGet("/ozg", async Task<Ok<IReadOnlyList<OzgServiceDto>>> (string? search, int? take, ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SearchOzgAsync(search, take ?? 20, cancellationToken)))
            .WithName("SearchOzgServices")
            .WithSummary("OZG services whose name contains every word of the search, or whose id is the search");

        group.MapGet("/topics", async Task<Ok<IReadOnlyList<OzgTopicDto>>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetTopicsAsync(cancellationToken)))
            .WithName("GetOzgTopics");

        group.MapGet("/life-situations", async Task<Ok<IReadOnlyList<OzgLifeSituationDto>>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetLifeSituationsAsync(cancellationToken)))
            .WithName("GetOzgLifeSituations");

        group.MapGet("/leika-types", async Task<Ok<IReadOnlyList<LeiKaTypeDto>>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetLeiKaTypesAsync(cancellationToken)))
            .WithName("GetLeiKaTypes")
            .WithSummary("LeiKa type codes with their meaning and whether municipalities execute services of that type");

        group.MapGet("/maturity-levels", async Task<Ok<IReadOnlyList<MaturityLevelDto>>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetMaturityLevelsAsync(cancellationToken)))
            .WithName("GetMaturityLevels")
            .WithSummary("The OZG maturity models: 1.1 with levels 0-4, 2.0 with levels 0-7");

        group.MapGet("/efa-services", async Task<Ok<IReadOnlyList<EfaServiceDto>>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetEfaServicesAsync(cancellationToken)))
            .WithName("GetEfaServices");

        group.MapPost("/efa-services", async Task<Ok<EfaServiceDto>> (SaveEfaServiceDto input, ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.CreateEfaServiceAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("CreateEfaService")
            .ProducesValidationProblem();

        group.MapGet("/products", async Task<Ok<IReadOnlyList<ProductDto>>> (ProductKind? kind, ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetProductsAsync(kind, cancellationToken)))
            .WithName("GetCatalogProducts")
            .WithSummary("Product lists: ServicePortal, DocumentManagement, FormTool");

        group.MapPost("/products", async Task<Ok<ProductDto>> (SaveProductDto input, ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.CreateProductAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("CreateCatalogProduct")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/orphans", async Task<Ok<IReadOnlyList<CatalogOrphanDto>>> (ICatalogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetOrphansAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetCatalogOrphans")
            .WithSummary("Tenants' services mapped to LeiKa entries that a later import retired or renamed");

        group.MapPost("/imports/preview", async Task<Ok<CatalogImportResultDto>> (HttpRequest request, bool? retireMissing, bool? force, ICatalogImportAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.PreviewAsync(await UploadedFile.ReadAsync(request, cancellationToken), Options(retireMissing, force), null, cancellationToken)))
            .RequirePermissionOf<ICatalogImportAppService>(nameof(ICatalogImportAppService.PreviewAsync))
            .WithName("PreviewCatalogImport")
            .WithSummary("Send a catalogue CSV (KDN layouts: kdn_ozg_themenfelder, kdn_ozg_lebenslagen, kdn_ozg_leistungen, kdn_leika_leistungen_ozg_mapping; leika_typisierung_codes) as the body: what an import would do, and every problem by row and column");

        group.MapPost("/imports", async Task<Results<Ok<CatalogImportResultDto>, UnprocessableEntity<CatalogImportResultDto>>> (HttpRequest request, bool? retireMissing, bool? force, ICatalogImportAppService service, CancellationToken cancellationToken) =>
            {
                var result = await service.ImportAsync(await UploadedFile.ReadAsync(request, cancellationToken), Options(retireMissing, force), null, cancellationToken);
                return result.Committed ? TypedResults.Ok(result) : TypedResults.UnprocessableEntity(result);
            })
            .RequirePermissionOf<ICatalogImportAppService>(nameof(ICatalogImportAppService.ImportAsync))
            .WithName("ImportCatalog")
            .WithSummary("Import a catalogue file: all rows or, with any problem (422, problems listed), none. Adds and updates only; with retireMissing=true entries the file no longer lists are retired (never deleted), and with force=true even when that is more than half of them");

        return group;
    }

    private static CatalogImportOptions Options(bool? retireMissing, bool? force) => new(retireMissing ?? false, force ?? false);
}

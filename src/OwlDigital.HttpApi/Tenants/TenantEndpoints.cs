using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Tenants;

public static class TenantEndpoints
{
    public static RouteGroupBuilder MapTenantEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tenants").WithTags("Tenants");

        // The list of OWL authorities is public register data: readable without signing in.
        group.MapGet("/", GetListAsync)
            .AllowAnonymous()
            .WithName("GetTenants")
            .WithSummary("List the tenants")
            .WithDescription("Pages through the 76 OWL tenants. sorting: name, kind, district, ags or population, optionally followed by ' desc'. take: 1 to 100.")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", GetAsync)
            .AllowAnonymous()
            .WithName("GetTenant")
            .WithSummary("Get one tenant by id")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/districts", GetDistrictsAsync)
            .AllowAnonymous()
            .WithName("GetDistricts")
            .WithSummary("List the six districts and the district-free city of OWL");

        group.MapPut("/{id:guid}", async Task<Ok<TenantDto>> (Guid id, UpdateTenantDto input, ITenantAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("UpdateTenant")
            .WithSummary("Change a tenant's name, population, location; deactivate or activate it (host admins)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem();

        group.MapPut("/{id:guid}/features", async Task<Ok<TenantDto>> (Guid id, UpdateTenantFeaturesDto input, ITenantAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.UpdateFeaturesAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("UpdateTenantFeatures")
            .WithSummary("Switch a tenant's features (PublicPage, LoRaWan, DataPlatform) on and off (host admins)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return group;
    }

    private static async Task<Ok<PagedResultDto<TenantDto>>> GetListAsync(
        [AsParameters] TenantListParameters parameters,
        ITenantAppService tenantAppService,
        CancellationToken cancellationToken)
    {
        var input = new GetTenantListInput
        {
            Skip = parameters.Skip ?? 0,
            Take = parameters.Take ?? PagedAndSortedResultRequestDto.DefaultTake,
            Sorting = parameters.Sorting,
            Filter = parameters.Filter,
            DistrictKey = parameters.DistrictKey,
            Kind = parameters.Kind,
        };
        return TypedResults.Ok(await tenantAppService.GetListAsync(input, cancellationToken));
    }

    private static async Task<Ok<TenantDto>> GetAsync(Guid id, ITenantAppService tenantAppService, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tenantAppService.GetAsync(id, cancellationToken));

    private static async Task<Ok<ListResultDto<DistrictDto>>> GetDistrictsAsync(ITenantAppService tenantAppService, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tenantAppService.GetDistrictsAsync(cancellationToken));

    /// <summary>The query string of the list endpoint; lower-case names as clients write them.</summary>
    internal sealed record TenantListParameters(int? Skip, int? Take, string? Sorting, string? Filter, string? DistrictKey, TenantKind? Kind);
}

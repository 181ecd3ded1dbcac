using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Portfolios;

public static class OrgUnitEndpoints
{
    public static RouteGroupBuilder MapOrgUnitEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/portfolio/org-units").WithTags("Portfolio");

        group.MapGet("/", async (IOrgUnitAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(cancellationToken)))
            .RequireAuthorization()
            .WithName("GetOrgUnits")
            .WithSummary("The current tenant's business areas and offices");

        group.MapGet("/{id:guid}", async Task<Ok<OrgUnitDto>> (Guid id, IOrgUnitAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetOrgUnit")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<OrgUnitDto>> (CreateOrgUnitDto input, IOrgUnitAppService service, CancellationToken cancellationToken) =>
            {
                var created = await service.CreateAsync(input, cancellationToken);
                return TypedResults.Created($"/api/portfolio/org-units/{created.Id}", created);
            })
            .RequireAuthorization()
            .WithName("CreateOrgUnit")
            .ProducesValidationProblem();

        group.MapPut("/{id:guid}", async Task<Ok<OrgUnitDto>> (Guid id, UpdateOrgUnitDto input, IOrgUnitAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("UpdateOrgUnit")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IOrgUnitAppService service, CancellationToken cancellationToken) =>
            {
                await service.DeleteAsync(id, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("DeleteOrgUnit")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;

namespace OwlDigital.Memberships;

public static class TenantMemberEndpoints
{
    public static RouteGroupBuilder MapTenantMemberEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/members").WithTags("Members (tenant)");

        group.MapGet("/", async Task<Ok<ListResultDto<TenantMemberDto>>> (ITenantMemberAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(cancellationToken)))
            .RequireAuthorization(OwlDigitalPermissions.Memberships.Default)
            .WithName("GetMembers")
            .WithSummary("Who works in the current tenant, in which role");

        group.MapPost("/", async Task<Created<TenantMemberDto>> (InviteMemberDto input, ITenantMemberAppService service, CancellationToken cancellationToken) =>
            {
                var member = await service.InviteAsync(input, cancellationToken);
                return TypedResults.Created($"/api/members/{member.MembershipId}", member);
            })
            .RequireAuthorization(OwlDigitalPermissions.Memberships.Manage)
            .WithName("InviteMember")
            .WithSummary("Invite a person into the current tenant with a tenant role")
            .ProducesValidationProblem();

        group.MapDelete("/{membershipId:guid}", async Task<NoContent> (Guid membershipId, ITenantMemberAppService service, CancellationToken cancellationToken) =>
            {
                await service.RemoveAsync(membershipId, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(OwlDigitalPermissions.Memberships.Manage)
            .WithName("RemoveMember")
            .WithSummary("Take a tenant role away (not the tenant's last admin)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}

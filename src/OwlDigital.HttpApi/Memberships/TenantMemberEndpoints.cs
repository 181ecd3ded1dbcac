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
            .RequireAuthorization()
            .WithName("GetMembers")
            .WithSummary("Who works in the current tenant, in which role");

        group.MapPost("/", async Task<Created<TenantMemberDto>> (InviteMemberDto input, ITenantMemberAppService service, CancellationToken cancellationToken) =>
            {
                var member = await service.InviteAsync(input, cancellationToken);
                return TypedResults.Created($"/api/members/{member.MembershipId}", member);
            })
            .RequireAuthorization()
            .WithName("InviteMember")
            .WithSummary("Invite a person into the current tenant with a tenant role: a pending invitation they accept or decline (the answer is the same whether the address had an account)")
            .ProducesValidationProblem();

        group.MapPost("/invitations/{invitationId:guid}/resend", async Task<Ok<TenantMemberDto>> (Guid invitationId, ITenantMemberAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.ResendInvitationAsync(invitationId, cancellationToken)))
            .RequireAuthorization()
            .WithName("ResendInvitation")
            .WithSummary("Send an open invitation's mail again (at most every ten minutes)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{membershipId:guid}", async Task<NoContent> (Guid membershipId, ITenantMemberAppService service, CancellationToken cancellationToken) =>
            {
                await service.RemoveAsync(membershipId, cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireAuthorization()
            .WithName("RemoveMember")
            .WithSummary("Take a tenant role away (not the tenant's last admin), or withdraw a pending invitation")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    /// <summary>The signed-in person's own invitations (any tenant): accept to join, decline to leave nothing behind.</summary>
    public static RouteGroupBuilder MapMembershipInvitationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account/invitations").WithTags("Account").RequireAuthorization();

        group.MapGet("/", async Task<Ok<IReadOnlyList<MembershipInvitationDto>>> (IMembershipInvitationAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetMineAsync(cancellationToken)))
            .WithName("GetMyInvitations")
            .WithSummary("Tenants that invited the signed-in person, waiting for an answer");

        group.MapPost("/{id:guid}/accept", async Task<NoContent> (Guid id, IMembershipInvitationAppService service, CancellationToken cancellationToken) =>
            {
                await service.AcceptAsync(id, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("AcceptInvitation")
            .WithSummary("Join the tenant in the offered role")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/decline", async Task<NoContent> (Guid id, IMembershipInvitationAppService service, CancellationToken cancellationToken) =>
            {
                await service.DeclineAsync(id, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("DeclineInvitation")
            .WithSummary("Decline: the invitation is deleted, nothing else changes")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}

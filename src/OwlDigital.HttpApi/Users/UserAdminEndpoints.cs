using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.Memberships;

namespace OwlDigital.Users;

public static class UserAdminEndpoints
{
    public static RouteGroupBuilder MapUserAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin/users").WithTags("Users (host)");

        group.MapGet("/", async Task<Ok<PagedResultDto<UserDto>>> (string? filter, int? skip, int? take, IUserAdminAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(
                    new GetUserListInput { Filter = filter, Skip = skip ?? 0, Take = take ?? PagedAndSortedResultRequestDto.DefaultTake },
                    cancellationToken)))
            .RequireAuthorization()
            .WithName("GetUsers")
            .WithSummary("All users with their roles, ordered by name; filter by part of the e-mail address or name")
            .ProducesValidationProblem();

        group.MapGet("/{id:guid}", async Task<Ok<UserDto>> (Guid id, IUserAdminAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetUser")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/invitations", async Task<Ok<UserDto>> (InviteUserDto input, IUserAdminAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.InviteAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("InviteUser")
            .WithSummary("Invite a person with a role (a new account gets a mail to set its password; an existing one gets the role)")
            .ProducesValidationProblem();

        group.MapPost("/{id:guid}/two-factor/reset", async Task<Ok<UserDto>> (Guid id, IUserAdminAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.ResetTwoFactorAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("ResetTwoFactor")
            .WithSummary("Turn a person's two-step sign-in off when they lost their phone and recovery codes: ends their sessions, mails them, audited")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/memberships", async Task<Ok<UserDto>> (Guid id, AddMembershipDto input, IUserAdminAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.AddMembershipAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("AddMembership")
            .WithSummary("Give a user another role")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();

        group.MapDelete("/{id:guid}/memberships/{membershipId:guid}", async Task<Ok<UserDto>> (Guid id, Guid membershipId, IUserAdminAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.RemoveMembershipAsync(id, membershipId, cancellationToken)))
            .RequireAuthorization()
            .WithName("RemoveMembership")
            .WithSummary("Take a role away (the last host admin and a tenant's last admin stay)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;

namespace OwlDigital.Profiles;

/// <summary>The current tenant's digital profile, its chapters and its dated history.</summary>
public static class ProfileEndpoints
{
    public static RouteGroupBuilder MapProfileEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/profile").WithTags("Digital profile").RequireAuthorization();

        group.MapGet("/questionnaire", async Task<Ok<IReadOnlyList<ProfileQuestionDto>>> (IDigitalProfileAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetQuestionnaireAsync(cancellationToken)))
            .WithName("GetProfileQuestionnaire")
            .WithSummary("The questions of the profile by chapter, with stable ids, answer types and options");

        group.MapGet("/", async Task<Ok<DigitalProfileDto>> (DateTimeOffset? at, IDigitalProfileAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(at is { } time ? await service.GetAtAsync(time, cancellationToken) : await service.GetCurrentAsync(cancellationToken)))
            .WithName("GetProfile")
            .WithSummary("The current profile, or with ?at= the state in force at that time; derived facts (online services by maturity) are marked as such");

        group.MapGet("/versions", async Task<Ok<IReadOnlyList<ProfileVersionDto>>> (IDigitalProfileAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetHistoryAsync(cancellationToken)))
            .WithName("GetProfileHistory")
            .WithSummary("Every saved version: number, date, chapter, who");

        group.MapGet("/versions/{version:int}", async Task<Ok<DigitalProfileDto>> (int version, IDigitalProfileAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetVersionAsync(version, cancellationToken)))
            .WithName("GetProfileVersion")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/chapters/{chapter}", async Task<Ok<DigitalProfileDto>> (ProfileChapter chapter, SaveProfileChapterDto input, IDigitalProfileAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SaveChapterAsync(chapter, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("SaveProfileChapter")
            .WithSummary("Save one chapter's answers as a new version (basedOnVersion: the version the form was filled on)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/peers", async Task<Ok<IReadOnlyList<PeerDto>>> (string question, string? value, IPeerAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.FindAsync(question, value ?? string.Empty, cancellationToken)))
            .WithName("FindPeers")
            .WithSummary("Other tenants that opted in to be findable and answer the question (portal.vendors, online.formTools, efa.inUse, efa.planned, dms.vendors, …) with the value; with their contact")
            .ProducesValidationProblem();

        return group;
    }
}

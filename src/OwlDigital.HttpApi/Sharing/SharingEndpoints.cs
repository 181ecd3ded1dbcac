using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;
using OwlDigital.Notifications;

namespace OwlDigital.Sharing;

/// <summary>The form library, EfA adoption plans, the regional view of sharing, and the tenant's notifications.</summary>
public static class SharingEndpoints
{
    public static RouteGroupBuilder MapSharingEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sharing").WithTags("Sharing").RequireAuthorization();

        group.MapGet("/forms", async Task<Ok<IReadOnlyList<SharedFormSummaryDto>>> (
                string? text, string? topic, string? leiKaKey, string? tool, string? district, int? minAdopters, bool? own, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetLibraryAsync(new SharedFormQuery(text, topic, leiKaKey, tool, district, minAdopters, own ?? false), cancellationToken)))
            .WithName("GetFormLibrary")
            .WithSummary("Published forms visible to the current tenant (all of OWL, or its district) and its own; filters combine; leiKaKey matches a prefix");

        group.MapGet("/forms/{id:guid}", async Task<Ok<SharedFormDto>> (Guid id, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(id, cancellationToken)))
            .WithName("GetSharedForm")
            .WithSummary("A form with versions and files; the publisher also sees its adopters")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/forms", async Task<Ok<SharedFormDto>> (PublishFormDto input, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.PublishAsync(input, cancellationToken)))
            .RequirePermissionOf<ISharedFormAppService>(nameof(ISharedFormAppService.PublishAsync))
            .WithName("PublishForm")
            .WithSummary("Publish a form with its first version; files as base64 (PDF, ZIP, XML, JSON; at most 10 MB and 5 per version). All or nothing")
            .ProducesValidationProblem();

        group.MapPost("/forms/{id:guid}/versions", async Task<Ok<SharedFormDto>> (Guid id, NewFormVersionDto input, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.PublishVersionAsync(id, input, cancellationToken)))
            .RequirePermissionOf<ISharedFormAppService>(nameof(ISharedFormAppService.PublishVersionAsync))
            .WithName("PublishFormVersion")
            .WithSummary("A new version of one's own form; adopters keep theirs and are notified")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/forms/{id:guid}/withdraw", async Task<Ok<SharedFormDto>> (Guid id, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.WithdrawAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("WithdrawForm")
            .WithSummary("Hide one's own form from new adopters; existing adopters keep their link")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/forms/{id:guid}/attachments/{attachmentId:guid}", async Task<FileContentHttpResult> (Guid id, Guid attachmentId, ISharedFormAppService service, CancellationToken cancellationToken) =>
            {
                var file = await service.GetAttachmentAsync(id, attachmentId, cancellationToken);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("DownloadFormAttachment")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/forms/{id:guid}/adopt", async Task<Ok<AdoptionResultDto>> (Guid id, AdoptFormDto input, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.AdoptAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("AdoptForm")
            .WithSummary("Adopt another tenant's published form: creates an online service (way 'adopted', status P) in the current tenant's list")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/adoptions", async Task<Ok<IReadOnlyList<MyAdoptionDto>>> (ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetMyAdoptionsAsync(cancellationToken)))
            .WithName("GetMyAdoptions")
            .WithSummary("The forms the current tenant adopted, with whether a newer version exists");

        group.MapGet("/forms/{id:guid}/threads", async Task<Ok<IReadOnlyList<FormThreadDto>>> (Guid id, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetThreadsAsync(id, cancellationToken)))
            .WithName("GetFormThreads")
            .WithSummary("Questions on a form: the asker sees its own thread, the publisher all of them");

        group.MapPost("/forms/{id:guid}/threads", async Task<Ok<IReadOnlyList<FormThreadDto>>> (Guid id, AskDto input, ISharedFormAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.AskAsync(id, input, cancellationToken)))
            .WithName("AskAboutForm")
            .WithSummary("Ask the publisher (or, as publisher, answer in the thread of askerTenantId)")
            .ProducesValidationProblem();

        group.MapGet("/efa/plans", async Task<Ok<IReadOnlyList<EfaPlanDto>>> (IEfaPlanAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetMyPlansAsync(cancellationToken)))
            .WithName("GetMyEfaPlans");

        group.MapPut("/efa/{efaServiceId:guid}/plan", async Task<Ok<EfaPlanDto>> (Guid efaServiceId, SaveEfaPlanDto input, IEfaPlanAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SavePlanAsync(efaServiceId, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("SaveEfaPlan")
            .WithSummary("Create or change the current tenant's plan for an EfA service (planned needs a date, rejected a reason)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/efa/region", async Task<Ok<IReadOnlyList<EfaPlanEntryDto>>> (Guid? efaServiceId, IEfaPlanAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetPlansInRegionAsync(efaServiceId, cancellationToken)))
            .WithName("GetEfaPlansInRegion")
            .WithSummary("Who in OWL uses, plans or considered an EfA service (shared plans only)");

        group.MapPost("/efa/{efaServiceId:guid}/interest", async Task<Ok<EfaPlanDto>> (Guid efaServiceId, IEfaPlanAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.DeclareInterestAsync(efaServiceId, cancellationToken)))
            .RequireAuthorization()
            .WithName("DeclareEfaInterest")
            .WithSummary("Declare interest in joining an EfA service; the tenants using or planning it are notified");

        routes.MapGet("/api/sharing/regional", async Task<Ok<SharingRegionalDto>> (int? top, ISharingRegionalAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAsync(top ?? 10, cancellationToken)))
            .WithTags("Sharing")
            .RequireAuthorization()
            .WithName("GetSharingRegional")
            .WithSummary("Host roles: most reused forms, EfA services by users and planners, the tenants that share most");

        var notifications = routes.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapGet(string.Empty, async Task<Ok<IReadOnlyList<NotificationDto>>> (INotificationAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(cancellationToken)))
            .WithName("GetNotifications")
            .WithSummary("The current tenant's latest notifications (interest in its EfA services, new versions of adopted forms, questions)");
        notifications.MapPost("/read", async Task<NoContent> (INotificationAppService service, CancellationToken cancellationToken) =>
            {
                await service.MarkAllReadAsync(cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("MarkNotificationsRead");

        return group;
    }
}

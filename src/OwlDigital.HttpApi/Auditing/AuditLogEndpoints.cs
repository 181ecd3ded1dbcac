using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Dtos;

namespace OwlDigital.Auditing;

public static class AuditLogEndpoints
{
    public static RouteGroupBuilder MapAuditLogEndpoints(this IEndpointRouteBuilder routes)
    {
        // Tenant admins and host admins hold different permissions; the app service decides which log
        // the caller sees, and answers 403 to everyone else.
        var group = routes.MapGroup("/api/audit-log").WithTags("Audit log").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResultDto<AuditLogEntryDto>>> ([AsParameters] AuditLogSearch search, IAuditLogAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetListAsync(search.ToInput(), cancellationToken)))
            .WithName("GetAuditLog")
            .WithSummary("Audit log entries, newest first: who changed what, when, in which tenant, with old and new values; sign-ins")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/export", async Task<FileContentHttpResult> ([AsParameters] AuditLogSearch search, IAuditLogAppService service, CancellationToken cancellationToken) =>
            {
                var csv = await service.ExportCsvAsync(search.ToInput(), cancellationToken);
                return TypedResults.File(csv, "text/csv; charset=utf-8", $"audit-log-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
            })
            .WithName("ExportAuditLog")
            .WithSummary("The same search as a CSV file (semicolon-separated, UTF-8)")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        return group;
    }

    /// <summary>The query string of both endpoints.</summary>
    public sealed class AuditLogSearch
    {
        public int? Skip { get; init; }

        public int? Take { get; init; }

        public Guid? TenantId { get; init; }

        public bool? HostOnly { get; init; }

        public string? UserName { get; init; }

        public string? EntityType { get; init; }

        public string? EntityId { get; init; }

        public AuditLogAction? Action { get; init; }

        public DateTimeOffset? From { get; init; }

        public DateTimeOffset? To { get; init; }

        public GetAuditLogListInput ToInput() => new()
        {
            Skip = Skip ?? 0,
            Take = Take ?? PagedAndSortedResultRequestDto.DefaultTake,
            TenantId = TenantId,
            HostOnly = HostOnly ?? false,
            UserName = UserName,
            EntityType = EntityType,
            EntityId = EntityId,
            Action = Action,
            From = From,
            To = To,
        };
    }
}

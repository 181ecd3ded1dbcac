using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Authorization;

namespace OwlDigital.Surveys;

/// <summary>Survey rounds (host), the tenant's response, and the interviewer's entry for a tenant of their district.</summary>
public static class SurveyEndpoints
{
    public static RouteGroupBuilder MapSurveyEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/survey").WithTags("Survey rounds").RequireAuthorization();

        group.MapGet("/rounds", async Task<Ok<IReadOnlyList<SurveyRoundDto>>> (ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetRoundsAsync(cancellationToken)))
            .WithName("GetSurveyRounds");

        group.MapPost("/rounds", async Task<Ok<SurveyRoundDto>> (CreateSurveyRoundDto input, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.CreateRoundAsync(input, cancellationToken)))
            .RequireAuthorization()
            .WithName("CreateSurveyRound")
            .WithSummary("A new round (draft) with the current questionnaire, a period and k, the minimum group size (default 5)")
            .ProducesValidationProblem();

        foreach (var (action, name, summary, permission) in new[]
        {
            ("open", "OpenSurveyRound", "Open the round: tenants and interviewers can answer", OwlDigitalPermissions.Surveys.Manage),
            ("close", "CloseSurveyRound", "Close the round: every response is frozen", OwlDigitalPermissions.Surveys.Publish),
            ("publish", "PublishSurveyRound", "Publish the closed round's report to the tenants", OwlDigitalPermissions.Surveys.Publish),
        })
        {
            group.MapPost($"/rounds/{{id:guid}}/{action}", async Task<Ok<SurveyRoundDto>> (Guid id, ISurveyAppService service, CancellationToken cancellationToken) =>
                    TypedResults.Ok(action switch
                    {
                        "open" => await service.OpenRoundAsync(id, cancellationToken),
                        "close" => await service.CloseRoundAsync(id, cancellationToken),
                        _ => await service.PublishRoundAsync(id, cancellationToken),
                    }))
                .RequireAuthorization()
                .WithName(name)
                .WithSummary(summary)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }

        group.MapGet("/rounds/{id:guid}/completion", async Task<Ok<SurveyCompletionDto>> (Guid id, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetCompletionAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetSurveyCompletion")
            .WithSummary("Per district: tenants, responses started, signed off");

        group.MapGet("/rounds/{id:guid}/response", async Task<Ok<SurveyResponseDto>> (Guid id, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetMyResponseAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetMySurveyResponse")
            .WithSummary("The current tenant's response, or the proposal prefilled from its digital profile");

        group.MapPut("/rounds/{id:guid}/response", async Task<Ok<SurveyResponseDto>> (Guid id, SaveSurveyResponseDto input, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SaveMyResponseAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("SaveMySurveyResponse")
            .WithSummary("Save the tenant's answers (signOff: confirm them); only while the round is open")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/rounds/{id:guid}/responses/{tenantId:guid}", async Task<Ok<SurveyResponseDto>> (Guid id, Guid tenantId, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetResponseForAsync(id, tenantId, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetSurveyResponseForTenant")
            .WithSummary("Interviewer: a tenant's response in their district")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPut("/rounds/{id:guid}/responses/{tenantId:guid}", async Task<Ok<SurveyResponseDto>> (Guid id, Guid tenantId, SaveSurveyResponseDto input, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.SaveResponseForAsync(id, tenantId, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("SaveSurveyResponseForTenant")
            .WithSummary("Interviewer: enter a tenant's answers during the interview (recorded as entered by the interviewer)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/rounds/{id:guid}/report", async Task<Ok<SurveyReportDto>> (
                Guid id, string? district, string? kind, string? sizeClass, bool? asPublished, ISurveyReportAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetReportAsync(id, ReportFilter(district, kind, sizeClass, asPublished), cancellationToken)))
            .WithName("GetSurveyReport")
            .WithSummary("The round's benchmark, question by question, over the tenants of district/kind/sizeClass; tenants see published rounds with the figures fixed at publication")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/rounds/{id:guid}/map", async Task<Ok<IReadOnlyList<TenantAnswerDto>>> (Guid id, string question, ISurveyReportAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetAnswerMapAsync(id, question, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetSurveyAnswerMap")
            .WithSummary("Host roles: each tenant's answer to a yes/no or single-choice question, for the map of OWL")
            .ProducesValidationProblem();

        group.MapGet("/rounds/{id:guid}/report.csv", async Task<FileContentHttpResult> (
                Guid id, string? district, string? kind, string? sizeClass, bool? asPublished, ISurveyReportAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(
                    await service.ExportCsvAsync(id, ReportFilter(district, kind, sizeClass, asPublished), cancellationToken),
                    "text/csv; charset=utf-8",
                    "benchmark.csv"))
            .WithName("ExportSurveyReportCsv")
            .WithSummary("The report's aggregates as CSV (open data), suppressed as on screen");

        group.MapGet("/rounds/{id:guid}/report.xlsx", async Task<FileContentHttpResult> (
                Guid id, string? district, string? kind, string? sizeClass, bool? asPublished, ISurveyReportAppService service, CancellationToken cancellationToken) =>
                TypedResults.File(
                    await service.ExportXlsxAsync(id, ReportFilter(district, kind, sizeClass, asPublished), cancellationToken),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "benchmark.xlsx"))
            .WithName("ExportSurveyReportXlsx")
            .WithSummary("One sheet per chapter; host roles also get every tenant's raw answers");

        group.MapGet("/rounds/{id:guid}/review", async Task<Ok<SurveyReviewDto>> (Guid id, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetMyReviewAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetMySurveyReview")
            .WithSummary("Review window: the tenant's response exactly as it will be counted, its review state and every correction made")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/rounds/{id:guid}/review", async Task<Ok<SurveyReviewDto>> (Guid id, ReviewSurveyResponseDto input, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.ReviewMyResponseAsync(id, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("ReviewMySurveyResponse")
            .WithSummary("Confirm the response as counted, or ask the DigitalBüro for a correction (comment required); only between closing and publishing")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/rounds/{id:guid}/reviews", async Task<Ok<SurveyReviewOverviewDto>> (Guid id, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.GetReviewOverviewAsync(id, cancellationToken)))
            .RequireAuthorization()
            .WithName("GetSurveyReviews")
            .WithSummary("Host roles: review status by district and the correction requests");

        group.MapPost("/rounds/{id:guid}/responses/{tenantId:guid}/correction", async Task<Ok<SurveyReviewOverviewDto>> (
                Guid id, Guid tenantId, CorrectSurveyResponseDto input, ISurveyAppService service, CancellationToken cancellationToken) =>
                TypedResults.Ok(await service.CorrectResponseAsync(id, tenantId, input, cancellationToken)))
            .RequireAuthorization()
            .WithName("CorrectSurveyResponse")
            .WithSummary("Host roles: change a closed response with a reason (audited, shown to the tenant) or answer its correction request")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return group;
    }

    /// <summary>The report's filter from the query; a kind or size class that does not exist is refused naming the parameter (the district is checked by the service).</summary>
    public static SurveyReportFilter ReportFilter(string? district, string? kind, string? sizeClass, bool? asPublished = null) =>
        new(string.IsNullOrWhiteSpace(district) ? null : district.Trim(), Parse<OwlDigital.Tenants.TenantKind>(kind, nameof(kind)), Parse<SizeClass>(sizeClass, nameof(sizeClass)), asPublished == true);

    private static T? Parse<T>(string? value, string parameter)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value.Trim()[0])
            ? parsed
            : throw new OwlDigital.ExceptionHandling.BusinessException(OwlDigitalErrorCodes.Surveys.UnknownFilter)
                .WithDetail("Parameter", parameter)
                .WithDetail("Value", value)
                .ForField(parameter);
    }
}

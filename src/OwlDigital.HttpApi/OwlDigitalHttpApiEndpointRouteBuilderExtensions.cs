using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OwlDigital.Account;
using OwlDigital.Auditing;
using OwlDigital.Catalog;
using OwlDigital.Memberships;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.Profiles;
using OwlDigital.Sharing;
using OwlDigital.Surveys;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital;

public static class OwlDigitalHttpApiEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapOwlDigitalHttpApi(this IEndpointRouteBuilder routes)
    {
        routes.MapTenantEndpoints();
        routes.MapAccountEndpoints();
        routes.MapOrgUnitEndpoints();
        routes.MapPortfolioEndpoints();
        routes.MapPublicPortfolioEndpoints();
        routes.MapAuditLogEndpoints();
        routes.MapUserAdminEndpoints();
        routes.MapTenantMemberEndpoints();
        routes.MapMembershipInvitationEndpoints();
        routes.MapCatalogEndpoints();
        routes.MapOnlineServiceEndpoints();
        routes.MapProfileEndpoints();
        routes.MapSurveyEndpoints();
        routes.MapSharingEndpoints();

        // An unknown API route gets problem details, not the HTML not-found page of the UI.
        routes.MapFallback("/api/{**path}", (HttpContext context) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not Found",
                detail: $"There is no API endpoint {context.Request.Method} {context.Request.Path}."))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return routes;
    }
}

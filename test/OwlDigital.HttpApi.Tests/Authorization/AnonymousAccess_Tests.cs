using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Authorization;

public partial class AnonymousAccess_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Every_Api_Endpoint_Not_Marked_Anonymous_Should_Answer_An_Anonymous_Caller_With_401()
    {
        using var client = host.Factory.CreateClient();
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();

        endpoints.Count.ShouldBeGreaterThanOrEqualTo(6, "the enumeration must find the protected endpoints");
        foreach (var endpoint in endpoints)
        {
            // A value each parameter's constraint accepts, so the route matches and only authorization can refuse.
            var path = RouteParameter().Replace(endpoint.RoutePattern.RawText!, parameter => parameter.Value.Contains(":int", StringComparison.Ordinal) ? "1" : Guid.NewGuid().ToString());
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);

                response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
            }
        }
    }

    [Fact]
    public async Task The_Public_Tenant_Register_Should_Stay_Readable_Without_Signing_In()
    {
        using var client = host.Factory.CreateClient();

        (await client.GetAsync("/api/tenants")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}

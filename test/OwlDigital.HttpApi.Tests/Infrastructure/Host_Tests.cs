using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

public class Host_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Unknown_Api_Route_Should_Be_404_Problem_Details()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/api/does-not-exist");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("/api/does-not-exist");
    }

    [Fact]
    public async Task Unknown_Page_Should_Be_404_With_The_Not_Found_Page()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Seite nicht gefunden");
    }

    [Fact]
    public async Task OpenApi_Document_Should_List_The_Tenant_Endpoints()
    {
        using var client = host.Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/tenants", out var list).ShouldBeTrue();
        list.GetProperty("get").GetProperty("operationId").GetString().ShouldBe("GetTenants");
        paths.TryGetProperty("/api/tenants/{id}", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/tenants/districts", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/services", "get", "GetOnlineServices")]
    [InlineData("/api/services/regional", "get", "GetRegionalServiceAvailability")]
    [InlineData("/api/services/imports", "post", "ImportOnlineServices")]
    [InlineData("/api/catalog/leika", "get", "SearchLeiKaServices")]
    [InlineData("/api/catalog/imports", "post", "ImportCatalog")]
    [InlineData("/api/profile/versions", "get", "GetProfileHistory")]
    [InlineData("/api/survey/rounds/{id}/report", "get", "GetSurveyReport")]
    [InlineData("/api/survey/rounds/{id}/report.pdf", "get", "ExportSurveyReportPdf")]
    [InlineData("/api/sharing/forms", "post", "PublishForm")]
    [InlineData("/api/sharing/forms/{id}/adopt", "post", "AdoptForm")]
    [InlineData("/api/sharing/efa/region", "get", "GetEfaPlansInRegion")]
    [InlineData("/api/sharing/regional", "get", "GetSharingRegional")]
    [InlineData("/api/notifications", "get", "GetNotifications")]
    public async Task OpenApi_Document_Should_List_The_Module_Endpoints(string path, string method, string operationId)
    {
        using var client = host.Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("paths").TryGetProperty(path, out var item).ShouldBeTrue(path);
        item.GetProperty(method).GetProperty("operationId").GetString().ShouldBe(operationId);
    }

    [Fact]
    public async Task OpenApi_Document_Should_Say_How_To_Authenticate()
    {
        using var client = host.Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        bearer.GetProperty("type").GetString().ShouldBe("http");
        bearer.GetProperty("scheme").GetString().ShouldBe("bearer");
        document.GetProperty("info").GetProperty("description").GetString()!.ShouldContain("/api/account/token");
        document.GetProperty("paths").TryGetProperty("/api/account/token", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Swagger_Ui_Should_Be_Served()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    [Fact]
    public async Task Health_Should_Be_Alive_And_Ready_With_A_Database()
    {
        using var client = host.Factory.CreateClient();

        (await client.GetStringAsync("/health")).ShouldBe("Healthy");
        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Blazor_Client_Script_Should_Be_Served()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/_framework/blazor.web.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await response.Content.ReadAsStringAsync()).ShouldContain("components-reconnect-modal");
    }

    [Fact]
    public async Task Start_Page_Should_Render_German_First_And_English_On_Request()
    {
        using var client = host.Factory.CreateClient();

        (await client.GetStringAsync("/")).ShouldContain("Kommunen und Kreise in OWL");
        (await client.GetStringAsync("/?culture=en-GB")).ShouldContain("Municipalities and districts of OWL");
    }
}

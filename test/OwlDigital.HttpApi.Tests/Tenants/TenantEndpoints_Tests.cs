using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Dtos;
using OwlDigital.Tenants;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Tenants;

public class TenantEndpoints_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task List_Should_Page_Through_All_76_Tenants_Without_Gaps_Or_Repeats()
    {
        using var client = host.Factory.CreateClient();
        var seen = new List<string>();
        for (var skip = 0; skip < 100; skip += 20)
        {
            var page = await client.GetFromJsonAsync<PagedResultDto<TenantDto>>($"/api/tenants?skip={skip}&take=20", Json);
            page!.TotalCount.ShouldBe(76);
            seen.AddRange(page.Items.Select(t => t.Ags));
        }

        seen.Count.ShouldBe(76);
        seen.Distinct().Count().ShouldBe(76);
    }

    [Fact]
    public async Task List_Sorted_By_Population_Descending_Should_Start_With_Kreis_Guetersloh()
    {
        using var client = host.Factory.CreateClient();

        var page = await client.GetFromJsonAsync<PagedResultDto<TenantDto>>("/api/tenants?take=3&sorting=population%20desc", Json);

        page!.Items.Select(t => t.Name).ShouldBe(["Kreis Gütersloh", "Kreis Lippe", "Bielefeld, Stadt"]);
        page.Items[0].Population.ShouldBe(363_982);
    }

    [Fact]
    public async Task List_Should_Filter_By_District_And_Kind()
    {
        using var client = host.Factory.CreateClient();

        var lippe = await client.GetFromJsonAsync<PagedResultDto<TenantDto>>("/api/tenants?districtKey=05766&kind=Municipality&take=100", Json);

        lippe!.TotalCount.ShouldBe(16);
        lippe.Items.ShouldAllBe(t => t.DistrictKey == "05766" && t.Kind == TenantKind.Municipality);
    }

    [Fact]
    public async Task Get_Should_Return_The_Tenant()
    {
        using var client = host.Factory.CreateClient();
        var minden = (await client.GetFromJsonAsync<PagedResultDto<TenantDto>>("/api/tenants?filter=05770024", Json))!.Items.Single();

        var tenant = await client.GetFromJsonAsync<TenantDto>($"/api/tenants/{minden.Id}", Json);

        tenant!.Name.ShouldBe("Minden, Stadt");
        tenant.DistrictName.ShouldBe("Kreis Minden-Lübbecke");
        tenant.Ars.ShouldBe("057700024024");
    }

    [Fact]
    public async Task Get_With_An_Unknown_Id_Should_Be_404_Problem_Details()
    {
        using var client = host.Factory.CreateClient();
        var id = Guid.NewGuid();

        var response = await client.GetAsync($"/api/tenants/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.EntityNotFound);
        problem.GetProperty("detail").GetString()!.ShouldContain(id.ToString());
    }

    [Theory]
    [InlineData("take=abc", "take", "abc")]
    [InlineData("take=0", "take", "100")]
    [InlineData("take=101", "take", "100")]
    [InlineData("skip=-1", "skip", "negativ")]
    [InlineData("sorting=salary", "sorting", "salary")]
    [InlineData("districtKey=05315", "districtKey", "05315")]
    [InlineData("kind=Village", "kind", "Village")]
    public async Task List_With_A_Malformed_Query_Value_Should_Be_400_Naming_The_Field(string query, string field, string messagePart)
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync($"/api/tenants?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"errors should name {field}: {errors}");
        messages[0].GetString()!.ShouldContain(messagePart);
    }

    [Fact]
    public async Task Errors_Should_Be_In_English_When_The_User_Chose_English()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/api/tenants?take=0&culture=en-GB");

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("take")[0].GetString().ShouldBe("The page size must be between 1 and 100.");
    }

    [Fact]
    public async Task Districts_Should_List_The_Seven_District_Level_Units_Of_Owl()
    {
        using var client = host.Factory.CreateClient();

        var districts = await client.GetFromJsonAsync<ListResultDto<DistrictDto>>("/api/tenants/districts", Json);

        districts!.Items.Select(d => d.Key).ShouldBe(["05711", "05754", "05758", "05762", "05766", "05770", "05774"]);
    }
}

using System.Net;
using System.Net.Http.Json;
using OwlDigital.Memberships;
using OwlDigital.Profiles;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Profiles;

public class Peers_Tests(DigitalProfile_Tests.Fixture fixture) : IClassFixture<DigitalProfile_Tests.Fixture>
{
    [Fact]
    public async Task Only_Tenants_That_Opted_In_Should_Be_Found_With_Their_Contact()
    {
        using var hoexter = await fixture.ClientAsync("05762020", MembershipRole.TenantAdmin);
        using var beverungen = await fixture.ClientAsync("05762008", MembershipRole.TenantAdmin);
        using var willebadessen = await fixture.ClientAsync("05762040", MembershipRole.TenantAdmin);
        await SaveAsync(hoexter, ("online.formTools", new { values = new[] { "Form-Solutions" } }));
        await SaveAsync(hoexter, ProfileChapter.Organisation, ("org.findable", new { flag = true }), ("org.contact", new { text = "Digitalisierung, digital@hoexter.example" }));
        await SaveAsync(beverungen, ("online.formTools", new { values = new[] { "Form-Solutions", "Formcycle" } }));

        var found = (await willebadessen.GetFromJsonAsync<List<PeerDto>>("/api/profile/peers?question=online.formTools&value=form-sol", ApiJson.Options))!;
        var self = await hoexter.GetFromJsonAsync<List<PeerDto>>("/api/profile/peers?question=online.formTools&value=form-sol", ApiJson.Options);
        var private_ = await willebadessen.GetAsync("/api/profile/peers?question=org.contact&value=digital");

        found.Select(p => (p.TenantName, p.Contact)).ShouldBe([("Höxter, Stadt", "Digitalisierung, digital@hoexter.example")], "Beverungen did not opt in");
        found[0].Matches.ShouldBe(["Form-Solutions"]);
        self!.ShouldBeEmpty("a tenant does not find itself");
        private_.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "only product and EfA questions are searchable");
    }

    private static Task SaveAsync(HttpClient client, params (string Id, object Answer)[] answers) => SaveAsync(client, ProfileChapter.OnlineServices, answers);

    private static async Task SaveAsync(HttpClient client, ProfileChapter chapter, params (string Id, object Answer)[] answers)
    {
        var current = await client.GetFromJsonAsync<DigitalProfileDto>("/api/profile", ApiJson.Options);
        var response = await client.PutAsJsonAsync($"/api/profile/chapters/{chapter}", new { answers = answers.ToDictionary(a => a.Id, a => a.Answer), basedOnVersion = current!.Version }, ApiJson.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Memberships;
using OwlDigital.Profiles;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Profiles;

public class DigitalProfile_Tests(DigitalProfile_Tests.Fixture fixture) : IClassFixture<DigitalProfile_Tests.Fixture>
{
    [Fact]
    public async Task Every_Save_Should_Be_A_Dated_Version_And_Any_Past_State_Should_Be_Readable()
    {
        using var cdo = await fixture.ClientAsync("05770024", MembershipRole.TenantAdmin);

        var first = await SaveAsync(cdo, ProfileChapter.DocumentManagement, null, null, ("dms.state", new { text = "inUse" }), ("dms.vendors", new { values = new[] { "nscale" } }), ("dms.workstationShare", new { number = 60 }));
        var second = await SaveAsync(cdo, ProfileChapter.LoRaWan, first.Version, null, ("lora.state", new { text = "planned" }));
        var third = await SaveAsync(cdo, ProfileChapter.DocumentManagement, second.Version, null, ("dms.state", new { text = "inUse" }), ("dms.vendors", new { values = new[] { "nscale" } }), ("dms.workstationShare", new { number = 80 }));

        (first.Version, second.Version, third.Version).ShouldBe((1, 2, 3));
        third.Answers["dms.workstationShare"].Number.ShouldBe(80);
        third.Answers["lora.state"].Text.ShouldBe("planned", "the other chapters are carried over");
        var history = (await cdo.GetFromJsonAsync<List<ProfileVersionDto>>("/api/profile/versions", ApiJson.Options))!;
        history.Select(h => (h.Version, h.Chapter)).ShouldBe([(3, ProfileChapter.DocumentManagement), (2, ProfileChapter.LoRaWan), (1, ProfileChapter.DocumentManagement)]);
        history.ShouldAllBe(h => h.ChangedByName == "cdo-05770024@owl.test");
        var v1 = await cdo.GetFromJsonAsync<DigitalProfileDto>("/api/profile/versions/1", ApiJson.Options);
        (v1!.IsCurrent, v1.Answers["dms.workstationShare"].Number, v1.Answers.ContainsKey("lora.state")).ShouldBe((false, 60m, false));
        var atSecond = await cdo.GetFromJsonAsync<DigitalProfileDto>($"/api/profile?at={Uri.EscapeDataString(second.ValidFrom!.Value.AddTicks(1).ToString("O"))}", ApiJson.Options);
        atSecond!.Version.ShouldBe(2);
    }

    [Fact]
    public async Task A_Save_On_An_Old_Version_Should_Be_Refused_And_Implausible_Answers_Named()
    {
        using var cdo = await fixture.ClientAsync("05711000", MembershipRole.TenantAdmin);
        var saved = await SaveAsync(cdo, ProfileChapter.Organisation, null, null, ("org.cdo", new { flag = true }));

        var stale = await PutAsync(cdo, ProfileChapter.Organisation, null, ("org.cdo", new { flag = false }));
        var share = await PutAsync(cdo, ProfileChapter.DocumentManagement, saved.Version, ("dms.workstationShare", new { number = 101 }));
        var future = await PutAsync(cdo, ProfileChapter.ServicePortal, saved.Version, ("portal.since", new { number = DateTime.UtcNow.Year + 1 }));
        var contradiction = await PutAsync(cdo, ProfileChapter.DocumentManagement, saved.Version, ("dms.state", new { text = "none" }), ("dms.vendors", new { values = new[] { "d.velop" } }));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        foreach (var (response, field, text) in new[] { (share, "dms.workstationShare", "101 %"), (future, "portal.since", "in der Zukunft"), (contradiction, "dms.vendors", "d.velop") })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
            problem.GetProperty("detail").GetString()!.ShouldContain(text);
        }

        (await cdo.GetFromJsonAsync<List<ProfileVersionDto>>("/api/profile/versions", ApiJson.Options))!.Count.ShouldBe(1, "nothing refused was saved");
    }

    [Fact]
    public async Task The_Number_Of_Online_Services_Should_Be_Derived_Not_Asked()
    {
        using var cdo = await fixture.ClientAsync("05774032", MembershipRole.TenantAdmin);
        var unit = await (await cdo.PostAsJsonAsync("/api/portfolio/org-units", new { code = "1", name = "Bürgerbüro" })).Content.ReadFromJsonAsync<OwlDigital.Portfolios.OrgUnitDto>(ApiJson.Options);
        await cdo.PostAsJsonAsync("/api/portfolio/periods", new { reportingDate = "2023-09-30" });
        foreach (var (number, status) in new[] { ("OD 001", "Implemented"), ("OD 002", "Implemented"), ("OD 003", "Planned") })
        {
            (await cdo.PostAsJsonAsync("/api/services", new { number, orgUnitId = unit!.Id, title = number, maturityLevel = 3, maturityModel = "V1_1", statuses = new[] { new { reportingDate = "2023-09-30", status } } }, ApiJson.Options))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var profile = await cdo.GetFromJsonAsync<DigitalProfileDto>("/api/profile", ApiJson.Options);
        var derived = profile!.Derived.Single(d => d.QuestionId == "online.count");
        (derived.Value, derived.Source).ShouldBe((2m, "OnlineServices"));
        derived.Breakdown!["1.1:3"].ShouldBe(2);
        (await PutAsync(cdo, ProfileChapter.OnlineServices, null, ("online.count", new { number = 40 }))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_Viewer_Should_Read_But_Not_Save_And_No_Tenant_Should_See_Another_Tenants_Profile()
    {
        using var cdo = await fixture.ClientAsync("05766020", MembershipRole.TenantAdmin);
        using var viewer = await fixture.ClientAsync("05766020", MembershipRole.TenantViewer, "viewer");
        using var other = await fixture.ClientAsync("05766008", MembershipRole.TenantAdmin);
        await SaveAsync(cdo, ProfileChapter.LoRaWan, null, null, ("lora.state", new { text = "inUse" }));

        (await viewer.GetFromJsonAsync<DigitalProfileDto>("/api/profile", ApiJson.Options))!.Answers["lora.state"].Text.ShouldBe("inUse");
        (await PutAsync(viewer, ProfileChapter.LoRaWan, 1, ("lora.state", new { text = "no" }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var foreign = await other.GetFromJsonAsync<DigitalProfileDto>("/api/profile", ApiJson.Options);
        (foreign!.Version, foreign.Answers.Count).ShouldBe((null, 0));
        (await other.GetAsync("/api/profile/versions/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<DigitalProfileDto> SaveAsync(HttpClient client, ProfileChapter chapter, int? basedOn, object? _, params (string Id, object Answer)[] answers)
    {
        var response = await PutAsync(client, chapter, basedOn, answers);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DigitalProfileDto>(ApiJson.Options))!;
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, ProfileChapter chapter, int? basedOn, params (string Id, object Answer)[] answers) =>
        client.PutAsJsonAsync($"/api/profile/chapters/{chapter}", new { answers = answers.ToDictionary(a => a.Id, a => a.Answer), basedOnVersion = basedOn }, ApiJson.Options);

    public sealed class Fixture : WebHostFixture
    {
        public async Task<HttpClient> ClientAsync(string ags, MembershipRole role, string who = "cdo")
        {
            var email = $"{who}-{ags}@owl.test";
            await this.CreateAsync(email, role, await this.TenantIdAsync(ags));
            return await Factory.SignedInClientAsync(email);
        }
    }
}

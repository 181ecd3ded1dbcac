using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Authorization;

/// <summary>Tenant A (Minden) and tenant B (Bielefeld) through the HTTP API: nothing crosses the border.</summary>
public class TenantIsolation_Tests(TenantIsolation_Tests.Fixture fixture) : IClassFixture<TenantIsolation_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task A_Should_Not_Read_Update_Or_Delete_B_Org_Units_And_Never_List_Them()
    {
        using var a = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var b = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var bUnit = await CreateOrgUnitAsync(b, "B1", "Bielefelds Geschäftskreis");

        (await a.GetAsync($"/api/portfolio/org-units/{bUnit.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.PutAsJsonAsync($"/api/portfolio/org-units/{bUnit.Id}", new { code = "X", name = "übernommen", concurrencyStamp = bUnit.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.DeleteAsync($"/api/portfolio/org-units/{bUnit.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ListAsync(a)).ShouldNotContain(u => u.Id == bUnit.Id);

        // B's unit is untouched.
        var bList = await ListAsync(b);
        bList.Single(u => u.Id == bUnit.Id).Name.ShouldBe("Bielefelds Geschäftskreis");
    }

    [Fact]
    public async Task The_Tenant_Setting_Should_Stay_With_Its_Request_Under_32_Concurrent_Requests_Of_Two_Tenants()
    {
        // The setting travels inside each command, transaction-local: interleaved requests of two
        // tenants on a pool of reused connections must each see their own rows, and only those.
        using var a = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var b = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var aUnit = await CreateOrgUnitAsync(a, "PA", "Mindener Parallelamt");
        var bUnit = await CreateOrgUnitAsync(b, "PB", "Bielefelder Parallelamt");

        for (var wave = 0; wave < 4; wave++)
        {
            var requests = Enumerable.Range(0, 32).Select(async i =>
            {
                var (client, own, foreign) = i % 2 == 0 ? (a, aUnit.Id, bUnit.Id) : (b, bUnit.Id, aUnit.Id);
                var units = i % 4 < 2 ? await ListAsync(client) : await ListMeasuresThenUnitsAsync(client);
                return (Sees: units.Any(u => u.Id == own), Leaks: units.Any(u => u.Id == foreign));
            });
            var results = await Task.WhenAll(requests);

            results.ShouldAllBe(r => r.Sees && !r.Leaks, $"wave {wave}");
        }
    }

    /// <summary>A request that runs several statements before the list, so different requests' statements interleave on the pool.</summary>
    private static async Task<IReadOnlyList<OrgUnitDto>> ListMeasuresThenUnitsAsync(HttpClient client)
    {
        (await client.GetAsync("/api/portfolio/measures?take=5")).EnsureSuccessStatusCode();
        return await ListAsync(client);
    }

    [Fact]
    public async Task Naming_A_Tenant_One_Is_Not_A_Member_Of_Should_Be_403()
    {
        using var a = await fixture.Factory.SignedInClientAsync("cdo@minden.test");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/portfolio/org-units").InTenant(fixture.BielefeldId);
        var response = await a.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.MultiTenancy.NotAMember);
    }

    [Fact]
    public async Task A_Token_For_A_Foreign_Tenant_Should_Not_Be_Issued()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/token", new { email = "cdo@minden.test", password = TestUsers.Password, tenantId = fixture.BielefeldId });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_Member_Of_Two_Tenants_Should_See_Each_Only_While_Working_In_It()
    {
        using var both = await fixture.Factory.SignedInClientAsync("staff@both.test");
        using var minden = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var bielefeld = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var mindenUnit = await CreateOrgUnitAsync(minden, "M-2T", "Minden für Doppelmitglied");
        var bielefeldUnit = await CreateOrgUnitAsync(bielefeld, "B-2T", "Bielefeld für Doppelmitglied");

        var inMinden = await ListAsync(both, fixture.MindenId);
        var inBielefeld = await ListAsync(both, fixture.BielefeldId);

        inMinden.ShouldContain(u => u.Id == mindenUnit.Id);
        inMinden.ShouldNotContain(u => u.Id == bielefeldUnit.Id);
        inBielefeld.ShouldContain(u => u.Id == bielefeldUnit.Id);
        inBielefeld.ShouldNotContain(u => u.Id == mindenUnit.Id);
    }

    [Fact]
    public async Task A_Viewer_Should_Read_But_Get_403_On_Writes()
    {
        using var viewer = await fixture.Factory.SignedInClientAsync("viewer@minden.test");

        (await viewer.GetAsync("/api/portfolio/org-units")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viewer.PostAsJsonAsync("/api/portfolio/org-units", new { code = "V", name = "Versuch" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_Host_Admin_Without_Membership_Should_Not_Work_Inside_A_Tenant()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");

        (await admin.GetAsync("/api/portfolio/org-units")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/portfolio/org-units").InTenant(fixture.MindenId);
        (await admin.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Concurrent_Edits_Should_Be_Detected_Not_Overwritten()
    {
        using var a = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        var unit = await CreateOrgUnitAsync(a, "K1", "Konflikt");

        var first = await a.PutAsJsonAsync($"/api/portfolio/org-units/{unit.Id}", new { code = "K1", name = "Erste Änderung", concurrencyStamp = unit.ConcurrencyStamp });
        var second = await a.PutAsJsonAsync($"/api/portfolio/org-units/{unit.Id}", new { code = "K1", name = "Zweite Änderung", concurrencyStamp = unit.ConcurrencyStamp });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ListAsync(a)).Single(u => u.Id == unit.Id).Name.ShouldBe("Erste Änderung");
    }

    private static async Task<OrgUnitDto> CreateOrgUnitAsync(HttpClient client, string code, string name)
    {
        var response = await client.PostAsJsonAsync("/api/portfolio/org-units", new { code, name });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OrgUnitDto>(Json))!;
    }

    private static async Task<IReadOnlyList<OrgUnitDto>> ListAsync(HttpClient client, Guid? tenantId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/portfolio/org-units");
        if (tenantId is { } id)
        {
            request.InTenant(id);
        }

        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ListResultDto<OrgUnitDto>>(Json))!.Items;
    }

    public sealed class Fixture : WebHostFixture
    {
        public Guid MindenId { get; private set; }

        public Guid BielefeldId { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            MindenId = await this.TenantIdAsync("05770024");
            BielefeldId = await this.TenantIdAsync("05711000");
            await this.CreateAsync("cdo@minden.test", MembershipRole.TenantAdmin, MindenId);
            await this.CreateAsync("viewer@minden.test", MembershipRole.TenantViewer, MindenId);
            await this.CreateAsync("cdo@bielefeld.test", MembershipRole.TenantAdmin, BielefeldId);
            await this.CreateAsync("staff@both.test", MembershipRole.TenantEditor, MindenId);
            await this.CreateAsync("staff@both.test", MembershipRole.TenantEditor, BielefeldId);
            await this.CreateAsync("admin@host.test", MembershipRole.HostAdmin);
        }
    }
}

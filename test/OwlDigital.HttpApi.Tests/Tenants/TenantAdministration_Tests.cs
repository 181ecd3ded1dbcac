using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Tenants;

public class TenantAdministration_Tests(TenantAdministration_Tests.Fixture fixture) : IClassFixture<TenantAdministration_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task A_Host_Admin_Should_Edit_A_Tenant_And_A_Stale_Edit_Should_Be_Refused()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");
        var hoexter = (await admin.GetFromJsonAsync<TenantDto>($"/api/tenants/{fixture.HoexterId}", Json))!;

        var saved = await admin.PutAsJsonAsync($"/api/tenants/{hoexter.Id}", new
        {
            name = "Höxter, Kreisstadt", population = 28_500, latitude = hoexter.Latitude, longitude = hoexter.Longitude, isActive = true,
            concurrencyStamp = hoexter.ConcurrencyStamp,
        });
        var stale = await admin.PutAsJsonAsync($"/api/tenants/{hoexter.Id}", new
        {
            name = "Überschrieben", population = 1, latitude = hoexter.Latitude, longitude = hoexter.Longitude, isActive = true,
            concurrencyStamp = hoexter.ConcurrencyStamp,
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var now = (await admin.GetFromJsonAsync<TenantDto>($"/api/tenants/{hoexter.Id}", Json))!;
        now.Name.ShouldBe("Höxter, Kreisstadt");
        now.Population.ShouldBe(28_500);
    }

    [Fact]
    public async Task Bad_Values_Should_Name_The_Field()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");
        var tenant = (await admin.GetFromJsonAsync<TenantDto>($"/api/tenants/{fixture.HoexterId}", Json))!;

        var response = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Id}", new
        {
            name = tenant.Name, population = -5, latitude = tenant.Latitude, longitude = tenant.Longitude, isActive = true,
            concurrencyStamp = tenant.ConcurrencyStamp,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("population", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_Deactivated_Tenant_Should_Lock_Its_Members_Out_And_Keep_Its_Data()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");
        using var editor = await fixture.Factory.SignedInClientAsync("editor@bueren.test");
        (await editor.PostAsJsonAsync("/api/portfolio/org-units", new { code = "BLEIBT", name = "Bleibt erhalten" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        await SetActiveAsync(admin, fixture.BuerenId, false);
        var whileInactive = await editor.GetAsync("/api/portfolio/org-units");
        await SetActiveAsync(admin, fixture.BuerenId, true);
        var afterwards = await editor.GetStringAsync("/api/portfolio/org-units");

        whileInactive.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        afterwards.ShouldContain("Bleibt erhalten");
    }

    [Fact]
    public async Task Features_Should_Be_Switched_Per_Tenant_And_Checked_By_The_Modules()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");
        var tenant = (await admin.GetFromJsonAsync<TenantDto>($"/api/tenants/{fixture.HoexterId}", Json))!;
        tenant.Features.ShouldBe([TenantFeatures.DataPlatform, TenantFeatures.LoRaWan], ignoreOrder: true);

        var unknown = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Id}/features", new { features = new[] { "Teleportation" }, concurrencyStamp = tenant.ConcurrencyStamp });
        var switched = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Id}/features", new { features = new[] { TenantFeatures.PublicPage }, concurrencyStamp = tenant.ConcurrencyStamp });

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("features", out _).ShouldBeTrue();
        switched.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await switched.Content.ReadFromJsonAsync<TenantDto>(Json))!.Features.ShouldBe([TenantFeatures.PublicPage]);
        var (publicPage, loRaWan) = await fixture.WithTenantAsync(fixture.HoexterId, async services =>
        {
            var checker = services.GetRequiredService<TenantFeatureChecker>();
            return (await checker.IsEnabledAsync(TenantFeatures.PublicPage), await checker.IsEnabledAsync(TenantFeatures.LoRaWan));
        });
        publicPage.ShouldBeTrue();
        loRaWan.ShouldBeFalse();
    }

    [Fact]
    public async Task Only_Host_Admins_Should_Change_Tenants()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("editor@bueren.test");
        var tenant = (await cdo.GetFromJsonAsync<TenantDto>($"/api/tenants/{fixture.BuerenId}", Json))!;

        var response = await cdo.PutAsJsonAsync($"/api/tenants/{tenant.Id}", new
        {
            name = "Gekapert", population = tenant.Population, latitude = tenant.Latitude, longitude = tenant.Longitude, isActive = true,
            concurrencyStamp = tenant.ConcurrencyStamp,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task SetActiveAsync(HttpClient admin, Guid tenantId, bool isActive)
    {
        var tenant = (await admin.GetFromJsonAsync<TenantDto>($"/api/tenants/{tenantId}", Json))!;
        var response = await admin.PutAsJsonAsync($"/api/tenants/{tenantId}", new
        {
            name = tenant.Name, population = tenant.Population, latitude = tenant.Latitude, longitude = tenant.Longitude, isActive,
            concurrencyStamp = tenant.ConcurrencyStamp,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class Fixture : WebHostFixture
    {
        public Guid HoexterId { get; private set; }

        public Guid BuerenId { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            HoexterId = await this.TenantIdAsync("05762020");
            BuerenId = await this.TenantIdAsync("05774016");
            await this.CreateAsync("admin@host.test", MembershipRole.HostAdmin);
            await this.CreateAsync("editor@bueren.test", MembershipRole.TenantEditor, BuerenId);
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using OwlDigital.Memberships;
using OwlDigital.OnlineServices;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.OnlineServices;

/// <summary>
/// "In at least one" and "in all" on a region of three active tenants (all others deactivated):
/// Minden (district 05770), Bielefeld (05711) and Detmold (05766).
/// </summary>
public class RegionalAvailability_Tests(RegionalAvailability_Tests.Fixture fixture) : IClassFixture<RegionalAvailability_Tests.Fixture>
{
    [Fact]
    public async Task Availability_Should_Be_Counted_In_At_Least_One_And_In_All_Tenants_Region_Wide_And_By_District()
    {
        var analyst = await fixture.AnalystAsync();

        var region = (await analyst.GetFromJsonAsync<RegionalAvailabilityDto>("/api/services/regional", ApiJson.Options))!;

        // 10100 Einbürgerung: online in all three (Bielefeld through its LeiKa mapping). 10110
        // Abfallentsorgung: Minden only (Bielefeld's is E). 10300 Fischereischein: Detmold only
        // (Minden's is P). 10200 Personalausweis: nowhere.
        (region.TenantCount, region.OzgServiceCount, region.AvailableInAtLeastOne, region.AvailableInAll).ShouldBe((3, 4, 3, 1));
        region.Services.Select(s => (s.OzgServiceId, s.Tenants)).ShouldBe([(10100, 3), (10110, 1), (10300, 1)]);
        region.Services[0].ByDistrict.ShouldBe(new Dictionary<string, int> { ["05711"] = 1, ["05766"] = 1, ["05770"] = 1 }, ignoreOrder: true);
        region.Districts.Where(d => d.TenantCount > 0).Select(d => (d.DistrictKey, d.TenantCount, d.AvailableInAtLeastOne, d.AvailableInAll)).ShouldBe(
        [
            ("05711", 1, 1, 1),
            ("05766", 1, 2, 2),
            ("05770", 1, 2, 2),
        ]);
        region.Districts.Where(d => d.TenantCount == 0).ShouldAllBe(d => d.AvailableInAll == 0, "an empty district has nothing available in all of its tenants");

        var lippe = (await analyst.GetFromJsonAsync<RegionalAvailabilityDto>("/api/services/regional?district=05766", ApiJson.Options))!;
        (lippe.TenantCount, lippe.AvailableInAtLeastOne, lippe.AvailableInAll).ShouldBe((1, 2, 2));
        lippe.Services.Select(s => s.OzgServiceId).ShouldBe([10100, 10300], ignoreOrder: true);
        (await analyst.GetAsync("/api/services/regional?district=05111")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_Host_Roles_Should_See_The_Regional_View_And_Reading_It_Should_Be_Audited()
    {
        var cdo = await fixture.Minden.Client.GetAsync("/api/services/regional");
        cdo.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var analyst = await fixture.AnalystAsync();
        (await analyst.GetAsync("/api/services/regional")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reads = await TestPostgres.QueryTextAsync(fixture.OwnerConnectionString, "SELECT entity_type FROM audit_log_entries WHERE action = 'CrossTenantRead' AND entity_type = 'OnlineServicesRegional'");
        reads.ShouldNotBeEmpty("every cross-tenant read is recorded");
    }

    public sealed class Fixture : WebHostFixture
    {
        public ServiceApi Minden { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CatalogSamples.ImportAsync(this);
            await TestPostgres.ExecuteAsync(OwnerConnectionString, "UPDATE tenants SET is_active = false WHERE ags NOT IN ('05770024', '05711000', '05766020')");
            const string date = "2023-09-30";
            Minden = await ServiceApi.ForTenantAsync(this, "05770024", date);
            await Minden.CreateAsync("OD 001", "Einbürgerung", new { ozgServiceId = 10100 }, (date, "Implemented"));
            await Minden.CreateAsync("OD 002", "Abfallgebühr", new { leiKaKeys = new[] { "99001001000000" } }, (date, "Implemented"));
            await Minden.CreateAsync("OD 003", "Fischereischein", new { ozgServiceId = 10300 }, (date, "Planned"));
            using var bielefeld = await ServiceApi.ForTenantAsync(this, "05711000", date);
            await bielefeld.CreateAsync("OD 001", "Einbürgerung", new { leiKaKeys = new[] { "99050012000000" } }, (date, "Implemented"));
            await bielefeld.CreateAsync("OD 002", "Abfall", new { ozgServiceId = 10110 }, (date, "BeingIntroduced"));
            using var detmold = await ServiceApi.ForTenantAsync(this, "05766020", date);
            await detmold.CreateAsync("OD 001", "Einbürgerung", new { ozgServiceId = 10100 }, (date, "Implemented"));
            await detmold.CreateAsync("OD 002", "Fischereischein", new { ozgServiceId = 10300 }, (date, "Implemented"));
        }

        public async Task<HttpClient> AnalystAsync()
        {
            await this.CreateAsync("analyst-services@owl.test", MembershipRole.RegionalAnalyst);
            return await Factory.SignedInClientAsync("analyst-services@owl.test");
        }

        public override async Task DisposeAsync()
        {
            Minden?.Dispose();
            await base.DisposeAsync();
        }
    }
}

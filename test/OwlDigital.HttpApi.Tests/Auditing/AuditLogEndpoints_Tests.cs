using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OwlDigital.Auditing;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Auditing;

public class AuditLogEndpoints_Tests(AuditLogEndpoints_Tests.Fixture fixture) : IClassFixture<AuditLogEndpoints_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task A_Tenant_Admin_Should_See_Their_Tenants_Changes_Only()
    {
        using var minden = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var bielefeld = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var mindenUnit = await CreateOrgUnitAsync(minden, "LOG-M", "Protokoll Minden");
        var bielefeldUnit = await CreateOrgUnitAsync(bielefeld, "LOG-B", "Protokoll Bielefeld");

        var log = await GetLogAsync(minden, "entityType=OrgUnit&take=100");

        log.Items.ShouldContain(e => e.EntityId == mindenUnit && e.UserName == "cdo@minden.test" && e.TenantName == "Minden, Stadt");
        log.Items.ShouldNotContain(e => e.EntityId == bielefeldUnit);
        log.Items.ShouldAllBe(e => e.TenantId == fixture.MindenId);
    }

    [Fact]
    public async Task An_Editor_Should_Not_Read_The_Audit_Log()
    {
        using var editor = await fixture.Factory.SignedInClientAsync("editor@minden.test");

        (await editor.GetAsync("/api/audit-log")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.GetAsync("/api/audit-log/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_Host_Admin_Should_See_All_Tenants_Filter_By_One_And_Leave_A_Trace()
    {
        using var minden = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        using var bielefeld = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");
        var mindenUnit = await CreateOrgUnitAsync(minden, "LOG-HM", "Host sieht Minden");
        var bielefeldUnit = await CreateOrgUnitAsync(bielefeld, "LOG-HB", "Host sieht Bielefeld");

        var all = await GetLogAsync(admin, "entityType=OrgUnit&take=100");
        var onlyBielefeld = await GetLogAsync(admin, $"entityType=OrgUnit&take=100&tenantId={fixture.BielefeldId}");
        var reads = await GetLogAsync(admin, "action=CrossTenantRead&hostOnly=true&take=100");

        all.Items.Select(e => e.EntityId).ShouldContain(mindenUnit);
        all.Items.Select(e => e.EntityId).ShouldContain(bielefeldUnit);
        onlyBielefeld.Items.ShouldAllBe(e => e.TenantId == fixture.BielefeldId);
        reads.Items.ShouldContain(e => e.UserName == "admin@host.test" && e.EntityType == "AuditLog");
    }

    [Fact]
    public async Task Sign_Ins_Should_Be_Recorded_Successful_Or_Not()
    {
        using var anonymous = fixture.Factory.CreateClient();
        await anonymous.PostAsJsonAsync("/api/account/token", new { email = "editor@minden.test", password = "Falsches-Passwort-1" });
        await anonymous.PostAsJsonAsync("/api/account/token", new { email = "unbekannt@owl.test", password = "Falsches-Passwort-1" });
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");

        var failed = await GetLogAsync(admin, "action=SignInFailed&take=100");
        var succeeded = await GetLogAsync(admin, "action=SignInSucceeded&userName=admin@host.test");

        failed.Items.Select(e => e.UserName).ShouldContain("editor@minden.test");
        failed.Items.Select(e => e.UserName).ShouldContain("unbekannt@owl.test");
        succeeded.TotalCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_Export_Should_Be_A_German_Spreadsheet_Csv_With_The_Same_Entries()
    {
        using var minden = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        var unit = await CreateOrgUnitAsync(minden, "CSV", "=HYPERLINK(\"http://böse\")");

        var response = await minden.GetAsync($"/api/audit-log/export?entityId={unit}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Zeitpunkt;Mandant;Benutzer;Aktion;Objektart;Kennung;Änderungen");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(";Minden, Stadt;cdo@minden.test;Angelegt;OrgUnit;" + unit + ";");
        lines[1].ShouldContain("Name: – → =HYPERLINK(\"\"http://böse\"\")", Case.Sensitive);
    }

    private static async Task<string> CreateOrgUnitAsync(HttpClient client, string code, string name)
    {
        var response = await client.PostAsJsonAsync("/api/portfolio/org-units", new { code, name });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<PagedResultDto<AuditLogEntryDto>> GetLogAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/audit-log?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PagedResultDto<AuditLogEntryDto>>(Json))!;
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
            await this.CreateAsync("editor@minden.test", MembershipRole.TenantEditor, MindenId);
            await this.CreateAsync("cdo@bielefeld.test", MembershipRole.TenantAdmin, BielefeldId);
            await this.CreateAsync("admin@host.test", MembershipRole.HostAdmin);
        }
    }
}

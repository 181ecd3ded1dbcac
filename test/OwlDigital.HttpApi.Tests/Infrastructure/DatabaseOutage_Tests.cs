using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

/// <summary>The database goes away under a running host (a relay in between is cut) and comes back.</summary>
public class DatabaseOutage_Tests(DatabaseOutage_Tests.Fixture fixture) : IClassFixture<DatabaseOutage_Tests.Fixture>
{
    [Fact]
    public async Task During_An_Outage_Requests_Should_Get_503_With_Retry_After_And_The_Host_Should_Recover_By_Itself()
    {
        var client = await fixture.SignedInOnceAsync("outage-cdo@owl.test", MembershipRole.TenantAdmin, await fixture.TenantIdAsync("05770024"));
        using var monitor = fixture.Factory.CreateClient();
        (await client.GetAsync("/api/portfolio/measures")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fixture.CreateAsync("outage-editor@owl.test", MembershipRole.TenantEditor, await fixture.TenantIdAsync("05770024"));
        using var browser = await fixture.Factory.CookieSignedInClientAsync("outage-editor@owl.test");

        fixture.Relay.Stop();
        NpgsqlConnection.ClearAllPools();
        var during = await client.GetAsync("/api/portfolio/measures");
        var readyDuring = await monitor.GetAsync("/health/ready");
        var pageDuring = await browser.GetAsync("/portfolio/measures");
        fixture.Relay.Start();
        var after = await client.GetAsync("/api/portfolio/measures");
        var readyAfter = await monitor.GetAsync("/health/ready");

        during.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await during.Content.ReadAsStringAsync());
        during.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(10));
        var problem = await during.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.DatabaseUnavailable);
        problem.GetProperty("title").GetString()!.ShouldContain("Datenbank ist gerade nicht erreichbar");
        readyDuring.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "/health/ready says unhealthy");
        pageDuring.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "a page says the same as the API");
        pageDuring.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(10));
        (await pageDuring.Content.ReadAsStringAsync()).ShouldContain("Datenbank ist gerade nicht erreichbar");
        after.StatusCode.ShouldBe(HttpStatusCode.OK, "the host recovers without a restart");
        readyAfter.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public sealed class Fixture : WebHostFixture
    {
        public TcpForwarder Relay { get; private set; } = null!;

        protected override OwlDigitalWebApplicationFactory CreateFactory()
        {
            var direct = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString(DatabaseName, TestPostgres.AppRole));
            Relay = new TcpForwarder(direct.Port);
            Relay.Start();
            direct.Port = Relay.Port;
            return new OwlDigitalWebApplicationFactory(DatabaseName) { ApplicationConnectionStringOverride = direct.ConnectionString };
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            await Relay.DisposeAsync();
        }
    }
}

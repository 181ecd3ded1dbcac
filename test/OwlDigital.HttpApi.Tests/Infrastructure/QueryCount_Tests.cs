using System.Net;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

/// <summary>
/// What a request costs in database round trips. The account summary (layout, user menu and
/// every page ask for it) used to check its ~30 permissions one by one, two queries each.
/// </summary>
public class QueryCount_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task The_Account_Summary_Should_Decide_All_Permissions_In_One_Pass()
    {
        var client = await host.SignedInOnceAsync("count-cdo@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "warm: the session check has read the account");
        using var counter = new DatabaseCommandCounter(host.DatabaseName);

        var me = await client.GetAsync("/api/account/me");

        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        counter.Count.ShouldBeLessThanOrEqualTo(MaxCommandsForAccountSummary, counter.Describe());
    }

    // Measured: 14 (7 queries, each after its tenant set_config) once the permissions are decided in one pass;
    // 108 with the loop of one check per permission. Issue 15 (one access context per request, one
    // set_config per unit of work) is what brings it lower.
    private const int MaxCommandsForAccountSummary = 14;
}

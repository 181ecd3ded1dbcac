using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Account;

/// <summary>
/// Another site can make a signed-in browser post to the API (a form with a text/plain body, a
/// body-less POST), and the browser adds the sign-in cookie. Such writes need proof that they
/// come from our pages; bearer calls carry their credential themselves.
/// </summary>
public class CookieWriteProtection_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_Cookie_Authenticated_Import_Without_Proof_Should_Be_Refused_Naming_What_Is_Missing()
    {
        await host.CreateAsync("csrf-editor@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var browser = await host.Factory.CookieSignedInClientAsync("csrf-editor@minden.test");

        // What a hostile page's <form enctype="text/plain" action=".../api/portfolio/imports"> sends.
        var forged = await browser.PostAsync("/api/portfolio/imports", new StringContent("Nr.;Titel\nMP 1;Untergeschoben", Encoding.UTF8, "text/plain"));

        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.WriteWithoutRequestProof);
        (await browser.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "reading with the cookie stays as it is");
    }

    [Fact]
    public async Task A_Body_Less_Post_With_The_Cookie_Should_Need_The_Header_Or_A_Token()
    {
        await host.CreateAsync("csrf-cdo@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        using var browser = await host.Factory.CookieSignedInClientAsync("csrf-cdo@minden.test");
        var unknownInvitation = $"/api/account/invitations/{Guid.NewGuid()}/decline";

        var forged = await browser.PostAsync(unknownInvitation, content: null);

        using var withHeader = new HttpRequestMessage(HttpMethod.Post, unknownInvitation);
        withHeader.Headers.Add("X-Requested-With", "XMLHttpRequest");
        var fromScript = await browser.SendAsync(withHeader);

        // The token a signed-in page renders into its forms (here the log-out form of the layout).
        var token = ApiClient.AntiforgeryToken(await browser.GetStringAsync("/"));
        using var withToken = new HttpRequestMessage(HttpMethod.Post, unknownInvitation);
        withToken.Headers.Add("RequestVerificationToken", token);
        var fromPage = await browser.SendAsync(withToken);

        using var withForeignToken = new HttpRequestMessage(HttpMethod.Post, unknownInvitation);
        withForeignToken.Headers.Add("RequestVerificationToken", "CfDJ8-not-a-token");
        var withGarbage = await browser.SendAsync(withForeignToken);

        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        withGarbage.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a token must be valid, not merely present");
        fromScript.StatusCode.ShouldBe(HttpStatusCode.NotFound, "with the header the request reaches the endpoint (which knows no such invitation)");
        fromPage.StatusCode.ShouldBe(HttpStatusCode.NotFound, "with a valid token as well");
    }

    [Fact]
    public async Task Bearer_Calls_Should_Need_No_Proof()
    {
        var api = await host.SignedInOnceAsync("csrf-bearer@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));

        var response = await api.PostAsync($"/api/account/invitations/{Guid.NewGuid()}/decline", content: null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Logging_Out_Should_Need_The_Forms_Token()
    {
        await host.CreateAsync("csrf-logout@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var browser = await host.Factory.CookieSignedInClientAsync("csrf-logout@minden.test");

        // A hostile page's <img> or form cannot sign the person out.
        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        var stillSignedIn = await browser.GetAsync("/api/account/me");

        var token = ApiClient.AntiforgeryToken(await browser.GetStringAsync("/"));
        var real = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var afterwards = await browser.GetAsync("/api/account/me");

        forged.IsSuccessStatusCode.ShouldBeFalse();
        forged.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        stillSignedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        real.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterwards.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

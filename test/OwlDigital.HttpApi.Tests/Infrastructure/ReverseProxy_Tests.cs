using System.Net;
using System.Net.Http.Json;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Infrastructure;

/// <summary>
/// The host as deployed: outside Development, on a real port, behind a proxy on the same machine
/// (loopback is trusted) that forwards the client's address and the HTTPS scheme.
/// </summary>
public class ReverseProxy_Tests(ReverseProxy_Tests.Fixture fixture) : IClassFixture<ReverseProxy_Tests.Fixture>
{
    private const string Office = "203.0.113.7";

    [Fact]
    public async Task Behind_The_Proxy_Https_Should_Bring_Hsts_And_Secure_Cookies()
    {
        using var client = fixture.Client();
        using var request = Forwarded(HttpMethod.Get, "/account/login", Office);

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty("the sign-in form sets its antiforgery cookie");
        cookies.ShouldAllBe(cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task One_Persons_Failed_Sign_Ins_Should_Not_Lock_Out_Others_Behind_The_Same_Address()
    {
        await fixture.CreateAsync("proxy-guesser@owl.test", MembershipRole.TenantEditor, await fixture.TenantIdAsync("05711000"));
        await fixture.CreateAsync("proxy-colleague@owl.test", MembershipRole.TenantEditor, await fixture.TenantIdAsync("05711000"));
        using var client = fixture.Client();

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < Fixture.PermitsPerMinute + 1; i++)
        {
            guesses.Add(await SignInAsync(client, "proxy-guesser@owl.test", "falsch", Office));
        }

        var colleague = await SignInAsync(client, "proxy-colleague@owl.test", TestUsers.Password, Office);
        var guesserElsewhere = await SignInAsync(client, "proxy-guesser@owl.test", "falsch", "198.51.100.9");

        guesses[^1].ShouldBe(HttpStatusCode.TooManyRequests, "the guesser is slowed down at this address");
        guesses.SkipLast(1).ShouldAllBe(status => status == HttpStatusCode.Unauthorized);
        colleague.ShouldBe(HttpStatusCode.OK, "a colleague behind the same address still signs in");
        guesserElsewhere.ShouldBe(HttpStatusCode.Unauthorized, "the limit counts the forwarded client address, not the proxy's");
    }

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string email, string password, string address)
    {
        using var request = Forwarded(HttpMethod.Post, "/api/account/token", address);
        request.Content = JsonContent.Create(new { email, password });
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string address)
    {
        // A public host name: HSTS is never sent for localhost.
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "owldigital.example";
        request.Headers.Add("X-Forwarded-For", address);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    public sealed class Fixture : PostgresDatabaseFixture
    {
        public const int PermitsPerMinute = 3;

        private KestrelHost? _host;

        public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host!.BaseAddress };

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            _host = new KestrelHost(DatabaseName, name => new OwlDigitalWebApplicationFactory(name)
            {
                Environment = "Staging",
                Settings = new Dictionary<string, string> { ["RateLimiting:SignInPermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            });
            _host.Start();
        }

        public override async Task DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.DisposeAsync();
            }

            await base.DisposeAsync();
        }
    }
}

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

    [Fact]
    public async Task A_Request_Should_Not_Name_One_Account_For_The_Limit_And_Another_For_The_Sign_In()
    {
        // System.Text.Json binds the last of two "email" keys; the limit must count that account too.
        await fixture.CreateAsync("proxy-target@owl.test", MembershipRole.TenantEditor, await fixture.TenantIdAsync("05711000"));
        using var client = fixture.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Fixture.PermitsPerMinute + 1; i++)
        {
            using var request = Forwarded(HttpMethod.Post, "/api/account/token", "192.0.2.44");
            request.Content = new StringContent($$"""{"email":"decoy-{{i}}@owl.test","EMAIL":"Proxy-Target@owl.test","password":"falsch"}""", System.Text.Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        statuses.SkipLast(1).ShouldAllBe(status => status == HttpStatusCode.Unauthorized, "the sign-in read the target's account");
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_Client_That_Sends_A_Too_Large_Upload_Before_Reading_Should_Still_Get_413()
    {
        await fixture.CreateAsync("proxy-uploader@owl.test", MembershipRole.TenantEditor, await fixture.TenantIdAsync("05711000"));
        using var client = fixture.Client();
        using var tokenRequest = Forwarded(HttpMethod.Post, "/api/account/token", "192.0.2.45");
        tokenRequest.Content = JsonContent.Create(new { email = "proxy-uploader@owl.test", password = TestUsers.Password });
        var token = (await (await client.SendAsync(tokenRequest)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();

        // Like Python's http.client: the whole 60 MB body goes out before the answer is read.
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, fixture.Port);
        var stream = socket.GetStream();
        const int length = 60 * 1024 * 1024;
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
            $"POST /api/portfolio/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: application/octet-stream\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"));
        var chunk = new byte[1024 * 1024];
        for (var sent = 0; sent < length; sent += chunk.Length)
        {
            await stream.WriteAsync(chunk);
        }

        var answer = await new StreamReader(stream).ReadToEndAsync();

        answer.ShouldStartWith("HTTP/1.1 413");
        answer.ShouldContain("Die Datei ist größer als 20 MB.");
    }

    [Theory]
    [InlineData("10.0.0.5", "203.0.113.7")]
    [InlineData("198.51.100.20", "198.51.100.20")]
    public async Task Forwarded_Addresses_Should_Be_Believed_Only_From_A_Known_Proxy(string peer, string seenAs)
    {
        var options = new Microsoft.AspNetCore.Builder.ForwardedHeadersOptions();
        new OwlDigital.Blazor.Security.ReverseProxyOptions { KnownProxies = ["10.0.0.5"] }.ApplyTo(options);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(peer);
        context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
        var middleware = new Microsoft.AspNetCore.HttpOverrides.ForwardedHeadersMiddleware(
            _ => Task.CompletedTask, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, Microsoft.Extensions.Options.Options.Create(options));

        await middleware.Invoke(context);

        context.Connection.RemoteIpAddress!.ToString().ShouldBe(seenAs, "anyone else could claim any address and escape the sign-in limit");
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

        public int Port => _host!.Port;

        public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host!.BaseAddress };

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            _host = new KestrelHost(DatabaseName, name => new OwlDigitalWebApplicationFactory(name)
            {
                Environment = "Staging",
                Settings = new Dictionary<string, string>
                {
                    ["RateLimiting:SignInPermitsPerMinute"] = PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),

                    // One window for the whole class: a window boundary between two attempts would reset the count.
                    ["RateLimiting:SignInWindowSeconds"] = "3600",
                },
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

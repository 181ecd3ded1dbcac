using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Account;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Account;

public class PasswordAndTwoFactor_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task A_Reset_Link_From_The_Mail_Should_Set_A_New_Password_Once()
    {
        await host.CreateAsync("reset@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var client = host.Factory.CreateClient();

        (await client.PostAsJsonAsync("/api/account/password-reset-requests", new { email = "reset@minden.test" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var token = host.Factory.SetPasswordToken("reset@minden.test");
        var reset = await client.PostAsJsonAsync("/api/account/password-reset", new { email = "reset@minden.test", token, newPassword = "Ganz-Neues-Passwort-7" });
        var again = await client.PostAsJsonAsync("/api/account/password-reset", new { email = "reset@minden.test", token, newPassword = "Noch-Ein-Passwort-8" });

        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a token works once: the new password changed the security stamp");
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("token", out _).ShouldBeTrue();
        (await client.PostAsJsonAsync("/api/account/token", new { email = "reset@minden.test", password = "Ganz-Neues-Passwort-7" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/account/token", new { email = "reset@minden.test", password = TestUsers.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_Reset_Request_For_An_Unknown_Address_Should_Look_The_Same_And_Send_Nothing()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/account/password-reset-requests", new { email = "niemand@owl.test" });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        host.Factory.To("niemand@owl.test").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_Weak_New_Password_Should_Be_Refused_With_The_Rule_In_German()
    {
        await host.CreateAsync("weak@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var client = host.Factory.CreateClient();
        await client.PostAsJsonAsync("/api/account/password-reset-requests", new { email = "weak@minden.test" });

        var response = await client.PostAsJsonAsync(
            "/api/account/password-reset",
            new { email = "weak@minden.test", token = host.Factory.SetPasswordToken("weak@minden.test"), newPassword = "kurz" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("newPassword");
        errors.EnumerateArray().Select(e => e.GetString()).ShouldContain(m => m!.Contains("mindestens 12 Zeichen"));
    }

    [Fact]
    public async Task With_Two_Factor_On_A_Token_Should_Need_The_Authenticator_Code()
    {
        await host.CreateAsync("totp@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        using var signedIn = await host.Factory.SignedInClientAsync("totp@minden.test");
        var setup = (await signedIn.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!;
        setup.IsEnabled.ShouldBeFalse();
        setup.AuthenticatorUri.ShouldStartWith("otpauth://totp/OwlDigital:");

        // Each code is accepted once: enable with the previous step's code, sign in with this step's, switch off with the next one's.
        var step = await Totp.FreshStepAsync();
        string Code(int steps) => Totp.Code(setup.SharedKey!, step.AddSeconds(30 * steps));
        var wrongFirstCode = await signedIn.PostAsJsonAsync("/api/account/two-factor", new { code = "000000" });
        var enabled = await signedIn.PostAsJsonAsync("/api/account/two-factor", new { code = Code(-1) });

        wrongFirstCode.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var recoveryCodes = (await enabled.Content.ReadFromJsonAsync<RecoveryCodesDto>(Json))!.Codes;
        recoveryCodes.Count.ShouldBe(10);
        recoveryCodes.Distinct().Count().ShouldBe(10);
        using var client = host.Factory.CreateClient();
        var withoutCode = await client.PostAsJsonAsync("/api/account/token", new { email = "totp@minden.test", password = TestUsers.Password });
        var wrongCode = await client.PostAsJsonAsync("/api/account/token", new { email = "totp@minden.test", password = TestUsers.Password, twoFactorCode = "123456" });
        var replayedEnableCode = await client.PostAsJsonAsync("/api/account/token", new { email = "totp@minden.test", password = TestUsers.Password, twoFactorCode = Code(-1) });
        var rightCode = await client.PostAsJsonAsync("/api/account/token", new { email = "totp@minden.test", password = TestUsers.Password, twoFactorCode = Code(0) });
        var replayed = await client.PostAsJsonAsync("/api/account/token", new { email = "totp@minden.test", password = TestUsers.Password, twoFactorCode = Code(0) });

        withoutCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await withoutCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.TwoFactorRequired);
        wrongCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrongCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.InvalidTwoFactorCode);
        replayedEnableCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the code that switched it on was used already");
        rightCode.StatusCode.ShouldBe(HttpStatusCode.OK);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a code seen over someone's shoulder does not sign in a second time");
        (await signedIn.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "switching it on keeps the session that did it");
        host.Factory.To("totp@minden.test").ShouldContain(mail => mail.Contains("Anmeldung in zwei Schritten eingeschaltet"));

        // Switching it off needs a current code too: a stolen session alone cannot remove the second factor.
        var oldWay = await signedIn.DeleteAsync("/api/account/two-factor");
        var offWithoutCode = await signedIn.PostAsJsonAsync("/api/account/two-factor/disable", new { code = "" });
        var offWrongCode = await signedIn.PostAsJsonAsync("/api/account/two-factor/disable", new { code = "123456" });
        var stillOn = (await signedIn.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.IsEnabled;
        var off = await signedIn.PostAsJsonAsync("/api/account/two-factor/disable", new { code = Code(1) });

        oldWay.IsSuccessStatusCode.ShouldBeFalse("the body-less DELETE no longer exists");
        (offWithoutCode.StatusCode, offWrongCode.StatusCode, stillOn).ShouldBe((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, true));
        off.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await signedIn.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.IsEnabled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_Token_Should_Outlive_The_Host_That_Issued_It()
    {
        await host.CreateAsync("restart@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var first = await host.Factory.SignedInClientAsync("restart@minden.test");
        var authorization = first.DefaultRequestHeaders.Authorization;

        // A second instance on the same database, as after a restart or behind a load balancer.
        await using var second = new OwlDigitalWebApplicationFactory(host.DatabaseName);
        using var client = second.CreateClient();
        client.DefaultRequestHeaders.Authorization = authorization;

        var me = await client.GetAsync("/api/account/me");

        me.StatusCode.ShouldBe(HttpStatusCode.OK, "the data-protection keys are shared through the database");
    }
}

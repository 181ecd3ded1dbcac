using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.Auditing;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Account;

/// <summary>
/// What protects an account after sign-in: tokens end with a password change, a lockout or an
/// admin's reset; recovery codes stand in for a lost phone, once each; host admins act with host
/// rights only after two steps where that is required.
/// </summary>
public class AccountSecurity_Tests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task A_Password_Change_Should_End_Every_Token_Issued_Before_It_And_Be_Mailed()
    {
        await host.CreateAsync("stamp@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var laptop = await host.Factory.SignedInClientAsync("stamp@minden.test");
        using var stolen = await host.Factory.SignedInClientAsync("stamp@minden.test");
        (await stolen.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the check has read (and cached) the account");

        var changed = await laptop.PostAsJsonAsync("/api/account/password", new { currentPassword = TestUsers.Password, newPassword = "Ganz-Neues-Passwort-9" });

        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync());
        (await stolen.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a token from before the change no longer works, at once");
        (await laptop.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the changing session signs in again too");
        using var fresh = host.Factory.CreateClient();
        (await fresh.PostAsJsonAsync("/api/account/token", new { email = "stamp@minden.test", password = "Ganz-Neues-Passwort-9" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Factory.To("stamp@minden.test").ShouldContain(mail => mail.Contains("Passwort Ihres Kontos wurde soeben geändert"));
    }

    [Fact]
    public async Task Wrong_Passwords_Should_Lock_Sign_In_But_Not_Sign_The_Owner_Out_While_A_Deliberate_Lock_Ends_Every_Session()
    {
        var user = await host.CreateAsync("locked-token@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var api = await host.Factory.SignedInClientAsync("locked-token@minden.test");
        (await api.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Anyone who knows the address can do this: it must not end the owner's sessions.
        using var anonymous = host.Factory.CreateClient();
        for (var attempt = 0; attempt < OwlDigital.Users.OwlDigitalIdentityOptions.MaxFailedAccessAttempts; attempt++)
        {
            await anonymous.PostAsJsonAsync("/api/account/token", new { email = "locked-token@minden.test", password = $"Falsch-{attempt}-Passwort" });
        }

        var afterGuessing = await api.GetAsync("/api/account/me");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OwlDigital.Users.OwlUser>>();
            (await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id.ToString()))!, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }

        afterGuessing.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "an account locked for good works no more, at once");
    }

    [Fact]
    public async Task Switching_Off_With_A_Stolen_Session_Should_Not_Allow_Guessing_The_Code()
    {
        await host.CreateAsync("guess@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        using var api = await host.Factory.SignedInClientAsync("guess@minden.test");
        var key = (await api.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.SharedKey!;
        var step = await Totp.FreshStepAsync();
        (await api.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(key, step.AddSeconds(-30)) })).EnsureSuccessStatusCode();

        var answers = new List<string>();
        for (var guess = 0; guess < OwlDigital.Users.OwlDigitalIdentityOptions.MaxFailedAccessAttempts; guess++)
        {
            var wrong = await api.PostAsJsonAsync("/api/account/two-factor/disable", new { code = $"{guess:D6}" == Totp.Code(key, step) ? "999999" : $"{guess:D6}" });
            answers.Add((await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("code")[0].GetString()!);
        }

        var right = await api.PostAsJsonAsync("/api/account/two-factor/disable", new { code = Totp.Code(key, step) });

        answers[^1].ShouldContain("gesperrt", customMessage: "the fifth wrong code locks like at sign-in");
        right.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "while locked, even the right code is refused");
        (await api.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.IsEnabled.ShouldBeTrue();
    }

    [Fact]
    public async Task Recovery_Codes_Should_Sign_In_Once_Each_And_Renewed_Ones_Should_Replace_Them()
    {
        await host.CreateAsync("recovery@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        using var api = await host.Factory.SignedInClientAsync("recovery@minden.test");
        var key = (await api.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.SharedKey!;
        var step = await Totp.FreshStepAsync();
        var codes = (await (await api.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(key, step) })).Content.ReadFromJsonAsync<RecoveryCodesDto>(Json))!.Codes;
        using var phoneLost = host.Factory.CreateClient();

        var first = await TokenAsync(phoneLost, "recovery@minden.test", codes[0].ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal));
        var again = await TokenAsync(phoneLost, "recovery@minden.test", codes[0]);
        var left = (await api.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.RecoveryCodesLeft;
        var renewed = await api.PostAsJsonAsync("/api/account/two-factor/recovery-codes", new { code = Totp.Code(key, step.AddSeconds(30)) });
        var newCodes = (await renewed.Content.ReadFromJsonAsync<RecoveryCodesDto>(Json))!.Codes;
        var oldCode = await TokenAsync(phoneLost, "recovery@minden.test", codes[1]);
        var offWithRecovery = await api.PostAsJsonAsync("/api/account/two-factor/disable", new { code = newCodes[0] });

        first.StatusCode.ShouldBe(HttpStatusCode.OK, "typed in lower case and without the dash, as people do");
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "each recovery code works once");
        left.ShouldBe(9);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        newCodes.ShouldNotContain(codes[1]);
        oldCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "renewed codes replace the old ones");
        offWithRecovery.StatusCode.ShouldBe(HttpStatusCode.NoContent, "without the phone, a recovery code switches it off");
        host.Factory.To("recovery@minden.test").ShouldContain(mail => mail.Contains("neue Wiederherstellungscodes erzeugt"));
    }

    [Fact]
    public async Task A_Host_Admin_Should_Reset_A_Lost_Second_Factor_Ending_The_Persons_Sessions_With_An_Audit_Entry()
    {
        var person = await host.CreateAsync("lost-phone@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));
        using var old = await host.Factory.SignedInClientAsync("lost-phone@minden.test");
        var key = (await old.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.SharedKey!;
        (await old.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(key, DateTimeOffset.UtcNow) })).EnsureSuccessStatusCode();
        var admin = await host.SignedInOnceAsync("reset-admin@owl.test", MembershipRole.HostAdmin);
        var cdo = await host.SignedInOnceAsync("reset-cdo@minden.test", MembershipRole.TenantAdmin, await host.TenantIdAsync("05770024"));

        var byCdo = await cdo.PostAsync($"/api/admin/users/{person.Id}/two-factor/reset", null);
        var reset = await admin.PostAsync($"/api/admin/users/{person.Id}/two-factor/reset", null);

        byCdo.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only host admins reset a second factor");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK, await reset.Content.ReadAsStringAsync());
        (await reset.Content.ReadFromJsonAsync<OwlDigital.Users.UserDto>(Json))!.TwoFactorEnabled.ShouldBeFalse();
        (await old.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "whoever has the lost phone's session is out");
        using var again = host.Factory.CreateClient();
        (await again.PostAsJsonAsync("/api/account/token", new { email = "lost-phone@minden.test", password = TestUsers.Password })).StatusCode
            .ShouldBe(HttpStatusCode.OK, "the person signs in with the password and sets up the new phone");
        host.Factory.To("lost-phone@minden.test").ShouldContain(mail => mail.Contains("hat die Anmeldung in zwei Schritten für Ihr Konto zurückgesetzt"));
        var audit = (await admin.GetFromJsonAsync<PagedResultDto<AuditLogEntryDto>>($"/api/audit-log?hostOnly=true&entityType=User&entityId={person.Id}", Json))!.Items;
        var entry = audit.Where(e => e.Action == AuditLogAction.TwoFactorReset).ShouldHaveSingleItem();
        (entry.Action, entry.TenantId, entry.UserName).ShouldBe((AuditLogAction.TwoFactorReset, null, "reset-admin@owl.test"), "a host action, stamped with no tenant");
    }

    [Fact]
    public async Task Where_Required_A_Host_Admin_Should_Use_Host_Rights_Only_After_Two_Steps()
    {
        await host.CreateAsync("strict-admin@owl.test", MembershipRole.HostAdmin);
        await using var production = new OwlDigitalWebApplicationFactory(host.DatabaseName)
        {
            Settings = new Dictionary<string, string> { ["AccountSecurity:RequireTwoFactorForHostAdmins"] = "true" },
        };
        using var passwordOnly = await production.SignedInClientAsync("strict-admin@owl.test");
        using var browser = await production.CookieSignedInClientAsync("strict-admin@owl.test");

        var users = await passwordOnly.GetAsync("/api/admin/users");
        var me = (await passwordOnly.GetFromJsonAsync<CurrentUserDto>("/api/account/me", Json))!;
        var key = (await passwordOnly.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.SharedKey!;
        var step = await Totp.FreshStepAsync();
        (await passwordOnly.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(key, step) })).EnsureSuccessStatusCode();
        var stillPasswordOnly = await passwordOnly.GetAsync("/api/admin/users");
        using var twoSteps = production.CreateClient();
        var token = await TokenAsync(twoSteps, "strict-admin@owl.test", Totp.Code(key, step.AddSeconds(30)));
        twoSteps.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        // A session from before two steps were on does not become one by switching on or by a tenant switch.
        var antiforgery = ApiClient.AntiforgeryToken(await browser.GetStringAsync("/"));
        (await browser.PostAsync("/account/switch-tenant", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["TenantId"] = string.Empty })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "re-issuing the cookie keeps what it proved: one step");

        users.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await users.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Account.HostAdminNeedsTwoFactor);
        me.HostAdminNeedsTwoFactor.ShouldBeTrue("the page tells them why");
        me.GrantedPermissions.ShouldNotContain(OwlDigital.Authorization.OwlDigitalPermissions.Users.Default);
        stillPasswordOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the session signed in with a password alone stays without host rights");
        (await twoSteps.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK, "signed in with two steps, the host admin works");
    }

    [Fact]
    public async Task A_Password_Step_Passed_Before_A_Password_Change_Should_Not_Be_Finished_With_The_Code()
    {
        await host.CreateAsync("pending@minden.test", MembershipRole.TenantEditor, await host.TenantIdAsync("05770024"));
        using var owner = await host.Factory.SignedInClientAsync("pending@minden.test");
        var key = (await owner.GetFromJsonAsync<TwoFactorSetupDto>("/api/account/two-factor", Json))!.SharedKey!;
        var step = await Totp.FreshStepAsync();
        (await owner.PostAsJsonAsync("/api/account/two-factor", new { code = Totp.Code(key, step.AddSeconds(-30)) })).EnsureSuccessStatusCode();

        // Someone who knows the old password gets as far as the second step …
        using var intruder = host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await intruder.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(await intruder.GetStringAsync("/account/login")),
            ["Email"] = "pending@minden.test",
            ["Password"] = TestUsers.Password,
        }));
        login.Headers.Location!.OriginalString.ShouldStartWith("/account/login-2fa");

        // … the owner changes the password meanwhile, and the code alone no longer finishes the sign-in.
        (await owner.PostAsJsonAsync("/api/account/password", new { currentPassword = TestUsers.Password, newPassword = "Ganz-Anderes-Passwort-3" })).EnsureSuccessStatusCode();
        var second = await intruder.PostAsync("/account/login-2fa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ApiClient.AntiforgeryToken(await intruder.GetStringAsync("/account/login-2fa")),
            ["Code"] = Totp.Code(key, step),
        }));

        second.Headers.Location!.OriginalString.ShouldStartWith("/account/login?", customMessage: "back to the password step");
        (await intruder.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string email, string code) =>
        client.PostAsJsonAsync("/api/account/token", new { email, password = TestUsers.Password, twoFactorCode = code });
}

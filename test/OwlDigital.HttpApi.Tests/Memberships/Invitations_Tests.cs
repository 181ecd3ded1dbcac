using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Account;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Memberships;

/// <summary>Nobody joins a tenant without saying yes, and the tenant learns nothing about other people's accounts.</summary>
public class Invitations_Tests(Invitations_Tests.Fixture fixture) : IClassFixture<Invitations_Tests.Fixture>
{
    [Fact]
    public async Task An_Invited_Existing_Account_Should_Stay_Outside_Until_It_Accepts_And_The_Cdo_Should_Not_Tell_It_From_A_New_Address()
    {
        var minden = await fixture.TenantIdAsync("05770024");
        var cdo = await fixture.SignedInOnceAsync("invite-cdo@minden.test", MembershipRole.TenantAdmin, minden);
        var analyst = await fixture.SignedInOnceAsync("invite-analyst@owl.test", MembershipRole.RegionalAnalyst);

        var existing = await cdo.PostAsJsonAsync("/api/members", new { email = "invite-analyst@owl.test", displayName = "Irgendwer", role = "TenantAdmin" });
        var fresh = await cdo.PostAsJsonAsync("/api/members", new { email = "invite-new@minden.test", displayName = "Irgendwer", role = "TenantAdmin" });
        var existingAnswer = (await existing.Content.ReadFromJsonAsync<TenantMemberDto>(ApiJson.Options))!;
        var freshAnswer = (await fresh.Content.ReadFromJsonAsync<TenantMemberDto>(ApiJson.Options))!;
        var listed = (await cdo.GetFromJsonAsync<ListResultDto<TenantMemberDto>>("/api/members", ApiJson.Options))!.Items;
        var beforeAccepting = await analyst.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);
        using var intoMinden = new HttpRequestMessage(HttpMethod.Get, "/api/portfolio/measures").InTenant(minden);
        var workInMinden = await analyst.SendAsync(intoMinden);

        (existing.StatusCode, fresh.StatusCode).ShouldBe((HttpStatusCode.Created, HttpStatusCode.Created));
        (existingAnswer with { MembershipId = Guid.Empty, Email = string.Empty }).ShouldBe(freshAnswer with { MembershipId = Guid.Empty, Email = string.Empty },
            "an existing account and a new address get the same answer");
        existingAnswer.ShouldBe(existingAnswer with { UserId = Guid.Empty, DisplayName = "Irgendwer", IsPending = true }, "no account id, and the name as typed, not the account's");
        listed.Where(m => m.IsPending).Select(m => (m.Email, m.DisplayName)).OrderBy(m => m.Email)
            .ShouldBe([("invite-analyst@owl.test", "Irgendwer"), ("invite-new@minden.test", "Irgendwer")]);
        beforeAccepting!.Tenants.ShouldNotContain(t => t.TenantId == minden, "an invitation is not a membership");
        workInMinden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var invitation = (await analyst.GetFromJsonAsync<List<MembershipInvitationDto>>("/api/account/invitations", ApiJson.Options))!.ShouldHaveSingleItem();
        (invitation.TenantName, invitation.Role).ShouldBe(("Minden, Stadt", MembershipRole.TenantAdmin));
        var byOther = await cdo.PostAsync($"/api/account/invitations/{invitation.Id}/accept", null);
        var accepted = await analyst.PostAsync($"/api/account/invitations/{invitation.Id}/accept", null);
        var again = await analyst.PostAsync($"/api/account/invitations/{invitation.Id}/accept", null);
        var afterAccepting = await analyst.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);
        var members = (await cdo.GetFromJsonAsync<ListResultDto<TenantMemberDto>>("/api/members", ApiJson.Options))!.Items;

        byOther.StatusCode.ShouldBe(HttpStatusCode.NotFound, "someone else's invitation looks like none");
        (accepted.StatusCode, again.StatusCode).ShouldBe((HttpStatusCode.NoContent, HttpStatusCode.NotFound));
        afterAccepting!.Tenants.ShouldContain(t => t.TenantId == minden && t.Role == MembershipRole.TenantAdmin);
        members.ShouldContain(m => m.Email == "invite-analyst@owl.test" && !m.IsPending && m.Role == MembershipRole.TenantAdmin);
    }

    [Fact]
    public async Task Declining_Should_Leave_Nothing_And_The_Cdo_May_Withdraw_An_Open_Invitation_But_No_Other_Tenant()
    {
        var minden = await fixture.TenantIdAsync("05770024");
        var bielefeld = await fixture.TenantIdAsync("05711000");
        var cdo = await fixture.SignedInOnceAsync("invite-cdo@minden.test", MembershipRole.TenantAdmin, minden);
        var otherCdo = await fixture.SignedInOnceAsync("invite-cdo@bielefeld.test", MembershipRole.TenantAdmin, bielefeld);
        var editor = await fixture.SignedInOnceAsync("invite-editor@bielefeld.test", MembershipRole.TenantEditor, bielefeld);

        await cdo.PostAsJsonAsync("/api/members", new { email = "invite-editor@bielefeld.test", displayName = "Lotse", role = "TenantEditor" });
        var twice = await cdo.PostAsJsonAsync("/api/members", new { email = "invite-editor@bielefeld.test", displayName = "Lotse", role = "TenantViewer" });
        var invitation = (await editor.GetFromJsonAsync<List<MembershipInvitationDto>>("/api/account/invitations", ApiJson.Options))!.ShouldHaveSingleItem();
        var declined = await editor.PostAsync($"/api/account/invitations/{invitation.Id}/decline", null);
        var afterDecline = (await cdo.GetFromJsonAsync<ListResultDto<TenantMemberDto>>("/api/members", ApiJson.Options))!.Items;

        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict, "one open invitation per person and tenant");
        declined.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        afterDecline.ShouldNotContain(m => m.Email == "invite-editor@bielefeld.test", "declined leaves neither an invitation nor a membership");
        (await editor.GetFromJsonAsync<List<MembershipInvitationDto>>("/api/account/invitations", ApiJson.Options))!.ShouldBeEmpty();

        var offered = (await (await cdo.PostAsJsonAsync("/api/members", new { email = "invite-editor@bielefeld.test", displayName = "Lotse", role = "TenantEditor" }))
            .Content.ReadFromJsonAsync<TenantMemberDto>(ApiJson.Options))!;
        var byOtherTenant = await otherCdo.DeleteAsync($"/api/members/{offered.MembershipId}");
        var withdrawn = await cdo.DeleteAsync($"/api/members/{offered.MembershipId}");

        byOtherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await editor.GetFromJsonAsync<List<MembershipInvitationDto>>("/api/account/invitations", ApiJson.Options))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_Host_Admin_Who_Also_Belongs_To_A_Tenant_Should_Start_On_The_Host_Side()
    {
        var user = await fixture.CreateAsync("invite-host@owl.test", MembershipRole.HostAdmin);
        await fixture.CreateAsync("invite-host@owl.test", MembershipRole.TenantViewer, await fixture.TenantIdAsync("05770024"));
        using var client = await fixture.Factory.SignedInClientAsync("invite-host@owl.test");

        var me = await client.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);

        me!.Id.ShouldBe(user.Id);
        me.CurrentTenantId.ShouldBeNull("host rights are used outside every tenant, so they are never stamped into one");
    }

    [Fact]
    public async Task The_Answer_Should_Be_Audited_In_The_Inviting_Tenant_Not_Where_The_Person_Works()
    {
        var (guetersloh, hoexter) = (await fixture.TenantIdAsync("05754008"), await fixture.TenantIdAsync("05762020"));
        var inviter = await fixture.SignedInOnceAsync("audit-cdo@guetersloh.test", MembershipRole.TenantAdmin, guetersloh);
        var ownCdo = await fixture.SignedInOnceAsync("audit-cdo@hoexter.test", MembershipRole.TenantAdmin, hoexter);
        var person = await fixture.SignedInOnceAsync("audit-editor@hoexter.test", MembershipRole.TenantEditor, hoexter);
        await inviter.PostAsJsonAsync("/api/members", new { email = "audit-editor@hoexter.test", displayName = "Lotse", role = "TenantViewer" });
        var invitation = (await person.GetFromJsonAsync<List<MembershipInvitationDto>>("/api/account/invitations", ApiJson.Options))!.ShouldHaveSingleItem();

        (await person.PostAsync($"/api/account/invitations/{invitation.Id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var inviting = (await inviter.GetFromJsonAsync<PagedResultDto<OwlDigital.Auditing.AuditLogEntryDto>>("/api/audit-log?entityType=Membership&take=100", ApiJson.Options))!.Items;
        var own = (await ownCdo.GetFromJsonAsync<PagedResultDto<OwlDigital.Auditing.AuditLogEntryDto>>("/api/audit-log?take=100", ApiJson.Options))!.Items;
        inviting.ShouldContain(e => e.Action == OwlDigital.Auditing.AuditLogAction.Created && e.UserName == "audit-editor@hoexter.test");
        own.ShouldNotContain(e => e.EntityType == "Membership" || e.EntityType == "MembershipInvitation",
            "Höxter, where the person works, does not learn that they joined Gütersloh");
    }

    [Fact]
    public async Task An_Open_Invitation_Should_Be_Sent_Again_But_Not_Every_Minute()
    {
        var herford = await fixture.TenantIdAsync("05758012");
        var cdo = await fixture.SignedInOnceAsync("resend-cdo@herford.test", MembershipRole.TenantAdmin, herford);
        var otherCdo = await fixture.SignedInOnceAsync("resend-cdo@paderborn.test", MembershipRole.TenantAdmin, await fixture.TenantIdAsync("05774032"));
        var offered = (await (await cdo.PostAsJsonAsync("/api/members", new { email = "resend-new@herford.test", displayName = "Neue Lotsin", role = "TenantEditor" }))
            .Content.ReadFromJsonAsync<TenantMemberDto>(ApiJson.Options))!;
        var mailsBefore = fixture.Factory.To("resend-new@herford.test").Count;

        var tooSoon = await cdo.PostAsync($"/api/members/invitations/{offered.MembershipId}/resend", null);
        await fixture.WithScopeAsync(services => services.GetRequiredService<OwlDigital.EntityFrameworkCore.OwlDigitalDbContext>().Database
            .ExecuteSqlAsync($"UPDATE membership_invitations SET creation_time = now() - interval '11 minutes' WHERE id = {offered.MembershipId}"));
        var byOtherTenant = await otherCdo.PostAsync($"/api/members/invitations/{offered.MembershipId}/resend", null);
        var resent = await cdo.PostAsync($"/api/members/invitations/{offered.MembershipId}/resend", null);
        var again = await cdo.PostAsync($"/api/members/invitations/{offered.MembershipId}/resend", null);

        tooSoon.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await tooSoon.Content.ReadAsStringAsync()).ShouldContain("Minuten");
        byOtherTenant.StatusCode.ShouldBe(HttpStatusCode.NotFound, "another tenant's invitation looks like none");
        resent.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict, "the resend starts the interval again");
        var mails = fixture.Factory.To("resend-new@herford.test");
        mails.Count.ShouldBe(mailsBefore + 1);
        mails[^1].ShouldContain("/account/reset-password?", customMessage: "a person without a password yet gets a fresh set-password link");
    }

    [Fact]
    public async Task A_Person_Should_Start_In_The_Tenant_They_Last_Switched_To()
    {
        var (lippe, detmold) = (await fixture.TenantIdAsync("05766"), await fixture.TenantIdAsync("05766020"));
        await fixture.CreateAsync("last-tenant@lippe.test", MembershipRole.TenantAdmin, lippe);
        await fixture.CreateAsync("last-tenant@lippe.test", MembershipRole.TenantViewer, detmold);
        using var browser = await fixture.Factory.CookieSignedInClientAsync("last-tenant@lippe.test");
        var first = await browser.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);

        var token = ApiClient.AntiforgeryToken(await browser.GetStringAsync("/"));
        var switched = await browser.PostAsync("/account/switch-tenant", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["TenantId"] = detmold.ToString(),
            ["ReturnUrl"] = "/",
        }));
        using var nextDay = await fixture.Factory.CookieSignedInClientAsync("last-tenant@lippe.test");
        var later = await nextDay.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);
        using var script = await fixture.Factory.SignedInClientAsync("last-tenant@lippe.test");
        var api = await script.GetFromJsonAsync<CurrentUserDto>("/api/account/me", ApiJson.Options);

        first!.CurrentTenantId.ShouldBe(lippe, "without a choice, where the role is highest");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        later!.CurrentTenantId.ShouldBe(detmold, "the next sign-in starts where the person last worked");
        api!.CurrentTenantId.ShouldBe(lippe, "an API client without a tenant keeps getting the same one, whatever was clicked on the pages");
    }

    public sealed class Fixture : WebHostFixture;
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Dtos;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Users;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Users;

public class UserAdministration_Tests(UserAdministration_Tests.Fixture fixture) : IClassFixture<UserAdministration_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task An_Invited_Person_Should_Set_A_Password_From_The_Mail_And_Work_In_The_Tenant()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");

        var invited = await admin.PostAsJsonAsync("/api/admin/users/invitations", new
        {
            email = "neu@minden.test", displayName = "Neue Lotsin", role = "TenantEditor", tenantId = fixture.MindenId,
        });

        invited.StatusCode.ShouldBe(HttpStatusCode.OK, await invited.Content.ReadAsStringAsync());
        var user = (await invited.Content.ReadFromJsonAsync<UserDto>(Json))!;
        user.HasPassword.ShouldBeFalse();
        user.Memberships.Single().TenantName.ShouldBe("Minden, Stadt");
        fixture.Factory.To("neu@minden.test").Single().ShouldContain("Minden, Stadt");

        using var anonymous = fixture.Factory.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/account/password-reset", new
        {
            email = "neu@minden.test", token = fixture.Factory.SetPasswordToken("neu@minden.test"), newPassword = TestUsers.Password,
        })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var newcomer = await fixture.Factory.SignedInClientAsync("neu@minden.test");
        (await newcomer.GetAsync("/api/portfolio/org-units")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_Bad_Invitation_Should_Name_The_Field_And_Create_No_Account()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");

        var response = await admin.PostAsJsonAsync("/api/admin/users/invitations", new
        {
            email = "ohnekreis@owl.test", displayName = "Ohne Kreis", role = "DistrictInterviewer", districtKey = "09162",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("districtKey", out _).ShouldBeTrue();
        var list = await admin.GetFromJsonAsync<PagedResultDto<UserDto>>("/api/admin/users?filter=ohnekreis", Json);
        list!.TotalCount.ShouldBe(0, "the account and its role are written together or not at all");
        fixture.Factory.To("ohnekreis@owl.test").ShouldBeEmpty();
    }

    [Fact]
    public async Task Roles_Should_Be_Added_And_Removed_But_Never_The_Last_Host_Admin()
    {
        using var admin = await fixture.Factory.SignedInClientAsync("admin@host.test");
        var analyst = await fixture.CreateAsync("analyst@host.test", MembershipRole.RegionalAnalyst);

        var added = await admin.PostAsJsonAsync($"/api/admin/users/{analyst.Id}/memberships", new { role = "DistrictInterviewer", districtKey = "05766" });
        var twice = await admin.PostAsJsonAsync($"/api/admin/users/{analyst.Id}/memberships", new { role = "DistrictInterviewer", districtKey = "05766" });
        var user = (await added.Content.ReadFromJsonAsync<UserDto>(Json))!;
        var interviewer = user.Memberships.Single(m => m.Role == MembershipRole.DistrictInterviewer);
        var removed = await admin.DeleteAsync($"/api/admin/users/{analyst.Id}/memberships/{interviewer.Id}");

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        interviewer.DistrictName.ShouldBe("Kreis Lippe");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await removed.Content.ReadFromJsonAsync<UserDto>(Json))!.Memberships.ShouldNotContain(m => m.Role == MembershipRole.DistrictInterviewer);

        var adminUser = (await admin.GetFromJsonAsync<PagedResultDto<UserDto>>("/api/admin/users?filter=admin@host.test", Json))!.Items.Single();
        var lastAdmin = await admin.DeleteAsync($"/api/admin/users/{adminUser.Id}/memberships/{adminUser.Memberships.Single().Id}");
        lastAdmin.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await lastAdmin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.Memberships.LastHostAdmin);
    }

    [Fact]
    public async Task A_Tenant_Admin_Should_Not_Reach_The_Host_User_Administration()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");

        (await cdo.GetAsync("/api/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await cdo.PostAsJsonAsync("/api/admin/users/invitations", new { email = "x@owl.test", displayName = "X", role = "HostAdmin" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_Tenant_Admin_Should_Invite_And_Remove_Members_Only_In_Their_Tenant()
    {
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo@minden.test");
        var bielefelder = await fixture.CreateAsync("editor@bielefeld.test", MembershipRole.TenantEditor, fixture.BielefeldId);

        var invited = await cdo.PostAsJsonAsync("/api/members", new { email = "pilot@minden.test", displayName = "Digitallotse", role = "TenantEditor" });
        var hostRole = await cdo.PostAsJsonAsync("/api/members", new { email = "macht@minden.test", displayName = "Macht", role = "HostAdmin" });
        var members = (await cdo.GetFromJsonAsync<ListResultDto<TenantMemberDto>>("/api/members", Json))!.Items;
        using var bielefeldAdmin = await fixture.Factory.SignedInClientAsync("cdo@bielefeld.test");
        var foreignMembership = (await bielefeldAdmin.GetFromJsonAsync<ListResultDto<TenantMemberDto>>("/api/members", Json))!.Items
            .Single(m => m.UserId == bielefelder.Id);

        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        hostRole.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        members.Select(m => m.Email).ShouldContain("pilot@minden.test");
        members.Select(m => m.Email).ShouldNotContain("editor@bielefeld.test");
        (await cdo.DeleteAsync($"/api/members/{foreignMembership.MembershipId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var ownAdminRole = members.Single(m => m.Email == "cdo@minden.test");
        (await cdo.DeleteAsync($"/api/members/{ownAdminRole.MembershipId}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var pilot = members.Single(m => m.Email == "pilot@minden.test");
        (await cdo.DeleteAsync($"/api/members/{pilot.MembershipId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
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
            await this.CreateAsync("admin@host.test", MembershipRole.HostAdmin);
            await this.CreateAsync("cdo@minden.test", MembershipRole.TenantAdmin, MindenId);
            await this.CreateAsync("cdo@bielefeld.test", MembershipRole.TenantAdmin, BielefeldId);
        }
    }
}

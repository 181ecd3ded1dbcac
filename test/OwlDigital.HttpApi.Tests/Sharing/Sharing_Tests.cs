using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OwlDigital.Catalog;
using OwlDigital.Dtos;
using OwlDigital.HttpApi.Tests.OnlineServices;
using OwlDigital.Memberships;
using OwlDigital.Notifications;
using OwlDigital.OnlineServices;
using OwlDigital.Sharing;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Sharing;

/// <summary>
/// The form library and EfA plans between tenants, against the sample catalogue. Each test uses
/// tenants of its own, so the tests do not see each other's forms.
/// </summary>
public class Sharing_Tests(Sharing_Tests.Fixture fixture) : IClassFixture<Sharing_Tests.Fixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task A_Form_Should_Be_Published_Found_By_LeiKa_Key_Adopted_Versioned_And_Withdrawn()
    {
        using var minden = await ServiceApi.ForTenantAsync(fixture, "05770024");
        using var bielefeld = await ServiceApi.ForTenantAsync(fixture, "05711000", "2025-09-30");
        using var detmold = await ServiceApi.ForTenantAsync(fixture, "05766020");

        var published = await PublishAsync(minden, "Antrag auf Einbürgerung", "99050012000000", files: [new UploadedFileDto("einbuergerung.pdf", Pdf)]);
        var found = await bielefeld.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms?leiKaKey=99050012");
        var adoption = await bielefeld.Client.PostOkAsync<AdoptionResultDto>($"/api/sharing/forms/{published.Id}/adopt", new { orgUnitId = bielefeld.OrgUnitId });

        published.LeiKaName.ShouldBe("Einbürgerung beantragen", "the name comes from the catalogue");
        published.OzgServiceId.ShouldBe(10100, "the OZG service follows from the LeiKa key");
        published.Attachments.Single().Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
        found.Single().Title.ShouldBe("Antrag auf Einbürgerung");
        (await bielefeld.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms?topic=Ein-%20%26%20Auswanderung&tool=form-solutions&minAdopters=0")).Single().Id.ShouldBe(published.Id);
        (await bielefeld.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms?topic=Bauen%20%26%20Wohnen")).ShouldBeEmpty();
        (adoption.Number, adoption.VersionNumber, adoption.PlannedAt).ShouldBe(("OD 001", 1, new DateOnly(2025, 9, 30)));
        var service = await bielefeld.GetAsync<OnlineServiceDto>($"/api/services/{adoption.OnlineServiceId}");
        (service.Implementation, service.Title, service.LeiKa.Single().Key).ShouldBe((ImplementationWay.AdoptedFromTenant, "Antrag auf Einbürgerung", "99050012000000"));
        (service.AdoptedFromFormId, service.AdoptedFromVersion).ShouldBe((published.Id, 1), "the service is linked to the item and version");
        service.Statuses.Single().Status.ShouldBe(ServiceStatus.Planned);
        var file = await bielefeld.Client.GetByteArrayAsync($"/api/sharing/forms/{published.Id}/attachments/{published.Attachments[0].Id}");
        file.ShouldBe(Pdf, "the adopter downloads the file as published");

        var seenByPublisher = await minden.GetAsync<SharedFormDto>($"/api/sharing/forms/{published.Id}");
        seenByPublisher.Adopters!.Select(a => (a.TenantName, a.VersionNumber)).ShouldBe([("Bielefeld, Stadt", 1)]);
        var used = await detmold.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms?minAdopters=1");
        used.Single(f => f.Id == published.Id).AdopterCount.ShouldBe(1, "\"used by n tenants\" counts every adopter, whoever looks");
        used.ShouldAllBe(f => f.AdopterCount >= 1);
        (await bielefeld.GetAsync<SharedFormDto>($"/api/sharing/forms/{published.Id}")).Adopters.ShouldBeNull("who adopted is the publisher's to see");

        var second = await minden.Client.PostOkAsync<SharedFormDto>($"/api/sharing/forms/{published.Id}/versions", new { toolVersion = "5.2", notes = "neue Gebühr", files = Array.Empty<object>(), concurrencyStamp = seenByPublisher.ConcurrencyStamp });
        second.CurrentVersion.ShouldBe(2);
        var mine = await bielefeld.GetAsync<List<MyAdoptionDto>>("/api/sharing/adoptions");
        (mine.Single().VersionNumber, mine.Single().CurrentVersion).ShouldBe((1, 2), "a new version does not change what the adopter took");
        (await bielefeld.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldContain(n => n.Kind == NotificationKind.NewFormVersion && n.SubjectId == published.Id);
        (await minden.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldContain(n => n.Kind == NotificationKind.FormAdopted && n.FromTenantName == "Bielefeld, Stadt");
        var stale = await minden.Client.PostAsJsonAsync($"/api/sharing/forms/{published.Id}/versions", new { files = Array.Empty<object>(), concurrencyStamp = seenByPublisher.ConcurrencyStamp }, ApiJson.Options);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a version on an outdated state is not silently stacked");

        await minden.Client.PostOkAsync<SharedFormDto>($"/api/sharing/forms/{published.Id}/withdraw", new { });
        (await detmold.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms")).ShouldNotContain(f => f.Id == published.Id);
        var late = await detmold.Client.PostAsJsonAsync($"/api/sharing/forms/{published.Id}/adopt", new { orgUnitId = detmold.OrgUnitId }, ApiJson.Options);
        late.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a withdrawn form is gone for everyone who did not adopt it");
        (await detmold.Client.GetAsync($"/api/sharing/forms/{published.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bielefeld.GetAsync<SharedFormDto>($"/api/sharing/forms/{published.Id}")).State.ShouldBe(SharedFormState.Withdrawn, "its adopter still reads it, and sees it withdrawn");
        (await detmold.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services")).TotalCount.ShouldBe(0, "nothing was written");
        var kept = await bielefeld.GetAsync<List<MyAdoptionDto>>("/api/sharing/adoptions");
        (kept.Single().IsWithdrawn, kept.Single().OnlineServiceId).ShouldBe((true, adoption.OnlineServiceId), "existing adopters keep their link");
    }

    [Fact]
    public async Task A_District_Form_Should_Be_Visible_In_The_District_Only()
    {
        using var herford = await ServiceApi.ForTenantAsync(fixture, "05758012");
        using var buende = await ServiceApi.ForTenantAsync(fixture, "05758004");
        using var paderborn = await ServiceApi.ForTenantAsync(fixture, "05774032");

        var form = await PublishAsync(herford, "Sondernutzung Kreis Herford", null, SharingVisibility.District);

        (await buende.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms")).ShouldContain(f => f.Id == form.Id);
        (await paderborn.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms")).ShouldNotContain(f => f.Id == form.Id);
        (await paderborn.Client.GetAsync($"/api/sharing/forms/{form.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await paderborn.Client.PostAsJsonAsync($"/api/sharing/forms/{form.Id}/adopt", new { orgUnitId = paderborn.OrgUnitId }, ApiJson.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_Tenant_Should_Read_A_Published_Form_But_Never_Change_It()
    {
        using var guetersloh = await ServiceApi.ForTenantAsync(fixture, "05754008");
        using var hoexter = await ServiceApi.ForTenantAsync(fixture, "05762020");
        var form = await PublishAsync(guetersloh, "Hundesteuer anmelden", null);

        var version = await hoexter.Client.PostAsJsonAsync($"/api/sharing/forms/{form.Id}/versions", new { files = Array.Empty<object>(), concurrencyStamp = form.ConcurrencyStamp }, ApiJson.Options);
        var withdraw = await hoexter.Client.PostAsync($"/api/sharing/forms/{form.Id}/withdraw", null);
        var ownAdoption = await guetersloh.Client.PostAsJsonAsync($"/api/sharing/forms/{form.Id}/adopt", new { orgUnitId = guetersloh.OrgUnitId }, ApiJson.Options);
        await hoexter.Client.PostOkAsync<AdoptionResultDto>($"/api/sharing/forms/{form.Id}/adopt", new { orgUnitId = hoexter.OrgUnitId });
        var twice = await hoexter.Client.PostAsJsonAsync($"/api/sharing/forms/{form.Id}/adopt", new { orgUnitId = hoexter.OrgUnitId }, ApiJson.Options);

        (version.StatusCode, withdraw.StatusCode).ShouldBe((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden));
        (await guetersloh.GetAsync<SharedFormDto>($"/api/sharing/forms/{form.Id}")).CurrentVersion.ShouldBe(1);
        ownAdoption.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ownAdoption.Content.ReadAsStringAsync()).ShouldContain("Ihr eigenes Formular");
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await hoexter.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services")).TotalCount.ShouldBe(1, "the refused second adoption wrote nothing");
    }

    [Fact]
    public async Task Bad_Files_And_Unknown_Keys_Should_Be_Refused_By_Name_And_Nothing_Written()
    {
        using var luebbecke = await ServiceApi.ForTenantAsync(fixture, "05770020");

        var tooBig = await TryPublishAsync(luebbecke, "Zu groß", null, [new UploadedFileDto("gross.pdf", [.. Pdf, .. new byte[SharingConsts.MaxAttachmentBytes]])]);
        var exe = await TryPublishAsync(luebbecke, "Programm", null, [new UploadedFileDto("setup.exe", [0x4D, 0x5A, 0x90, 0x00])]);
        var disguised = await TryPublishAsync(luebbecke, "Getarnt", null, [new UploadedFileDto("formular.pdf", [0x4D, 0x5A, 0x90, 0x00])]);
        var secondBad = await TryPublishAsync(luebbecke, "Eine gut, eine schlecht", null, [new UploadedFileDto("gut.pdf", Pdf), new UploadedFileDto("schlecht.zip", Pdf)]);
        var unknownKey = await TryPublishAsync(luebbecke, "Unbekannt", "99050012999999", []);

        await ShouldBeRefusedAsync(tooBig, "gross.pdf", "10 MB");
        await ShouldBeRefusedAsync(exe, "setup.exe", ".pdf, .zip, .xml, .json");
        await ShouldBeRefusedAsync(disguised, "formular.pdf", "keine .pdf-Datei");
        await ShouldBeRefusedAsync(secondBad, "schlecht.zip", "keine .zip-Datei");
        await ShouldBeRefusedAsync(unknownKey, "99050012999999", "99050012000000");
        (await luebbecke.GetAsync<List<SharedFormSummaryDto>>("/api/sharing/forms?own=true")).ShouldBeEmpty("every refusal wrote nothing, not even the good file's form");
    }

    [Fact]
    public async Task Efa_Plans_Should_Be_Listed_For_The_Region_And_Interest_Should_Notify_The_Others()
    {
        using var admin = await fixture.AdminAsync();
        var efa = await admin.PostOkAsync<EfaServiceDto>("/api/catalog/efa-services", new { name = "Wohngeld digital", ozgServiceId = 10110, providingState = "Nordrhein-Westfalen", status = "Available" });
        using var bad = await ServiceApi.ForTenantAsync(fixture, "05770004");
        using var hille = await ServiceApi.ForTenantAsync(fixture, "05770012");
        using var huellhorst = await ServiceApi.ForTenantAsync(fixture, "05770016");
        using var petershagen = await ServiceApi.ForTenantAsync(fixture, "05770028");

        var noDate = await bad.Client.PutAsJsonAsync($"/api/sharing/efa/{efa.Id}/plan", new { state = "Planned", isShared = true }, ApiJson.Options);
        var noReason = await bad.Client.PutAsJsonAsync($"/api/sharing/efa/{efa.Id}/plan", new { state = "Rejected", isShared = true }, ApiJson.Options);
        var inUse = await bad.Client.PutOkAsync<EfaPlanDto>($"/api/sharing/efa/{efa.Id}/plan", new { state = "InUse", contact = "digital@badoeynhausen.example", isShared = true });
        await hille.Client.PutOkAsync<EfaPlanDto>($"/api/sharing/efa/{efa.Id}/plan", new { state = "Planned", plannedDate = "2026-09-01", isShared = true });
        await petershagen.Client.PutOkAsync<EfaPlanDto>($"/api/sharing/efa/{efa.Id}/plan", new { state = "Planned", plannedDate = "2027-01-01", isShared = false });
        var interest = await huellhorst.Client.PostOkAsync<EfaPlanDto>($"/api/sharing/efa/{efa.Id}/interest", new { });

        (noDate.StatusCode, noReason.StatusCode).ShouldBe((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest));
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Grund");
        inUse.State.ShouldBe(EfaPlanState.InUse);
        interest.State.ShouldBe(EfaPlanState.Interested);
        var region = await huellhorst.GetAsync<List<EfaPlanEntryDto>>($"/api/sharing/efa/region?efaServiceId={efa.Id}");
        region.Select(p => (p.TenantName, p.State)).ShouldBe(
            [("Hüllhorst", EfaPlanState.Interested), ("Hille", EfaPlanState.Planned), ("Bad Oeynhausen, Stadt", EfaPlanState.InUse)], ignoreOrder: true);
        region.ShouldNotContain(p => p.TenantName.StartsWith("Petershagen"), "a plan kept private is not listed");
        (await bad.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldContain(n => n.Kind == NotificationKind.EfaInterest && n.FromTenantName == "Hüllhorst");
        (await hille.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldContain(n => n.Kind == NotificationKind.EfaInterest);
        (await petershagen.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldBeEmpty("whoever keeps a plan private is not told either");
        (await huellhorst.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldBeEmpty("the interested tenant does not notify itself");
        await bad.Client.PostAsync("/api/notifications/read", null);
        (await bad.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldAllBe(n => n.IsRead);
    }

    [Fact]
    public async Task A_Question_Thread_Should_Be_Visible_To_Asker_And_Publisher_Only()
    {
        using var enger = await ServiceApi.ForTenantAsync(fixture, "05758008");
        using var spenge = await ServiceApi.ForTenantAsync(fixture, "05758032");
        using var vlotho = await ServiceApi.ForTenantAsync(fixture, "05758036");
        var form = await PublishAsync(enger, "Gewerbeanmeldung", null);

        await spenge.Client.PostOkAsync<List<FormThreadDto>>($"/api/sharing/forms/{form.Id}/threads", new { text = "Läuft das mit Form-Solutions 5?" });
        var spengeId = await fixture.TenantIdAsync("05758032");
        var answered = await enger.Client.PostOkAsync<List<FormThreadDto>>($"/api/sharing/forms/{form.Id}/threads", new { text = "Ja, ab Version 5.1.", askerTenantId = spengeId });
        var seenByVlotho = await vlotho.GetAsync<List<FormThreadDto>>($"/api/sharing/forms/{form.Id}/threads");
        var seenBySpenge = await spenge.GetAsync<List<FormThreadDto>>($"/api/sharing/forms/{form.Id}/threads");

        answered.Single().Messages.Select(m => (m.FromPublisher, m.Text)).ShouldBe([(false, "Läuft das mit Form-Solutions 5?"), (true, "Ja, ab Version 5.1.")]);
        seenBySpenge.Single().Messages.Count.ShouldBe(2);
        seenByVlotho.ShouldBeEmpty();
        (await spenge.GetAsync<List<NotificationDto>>("/api/notifications")).ShouldContain(n => n.Kind == NotificationKind.FormQuestion);
    }

    [Fact]
    public async Task The_Regional_View_Should_Rank_Reused_Forms_And_Be_For_Host_Roles_Only()
    {
        using var salzuflen = await ServiceApi.ForTenantAsync(fixture, "05766008");
        using var barntrup = await ServiceApi.ForTenantAsync(fixture, "05766012");
        var form = await PublishAsync(salzuflen, "Parkausweis für Anwohner", null);
        await barntrup.Client.PostOkAsync<AdoptionResultDto>($"/api/sharing/forms/{form.Id}/adopt", new { orgUnitId = barntrup.OrgUnitId });
        await fixture.CreateAsync("sharing-analyst@owl.test", MembershipRole.RegionalAnalyst);
        using var analyst = await fixture.Factory.SignedInClientAsync("sharing-analyst@owl.test");

        var regional = await analyst.GetFromJsonAsync<SharingRegionalDto>("/api/sharing/regional?top=50", ApiJson.Options);

        regional!.MostReusedForms.ShouldContain(f => f.FormId == form.Id && f.Adopters == 1);
        regional.TopSharingTenants.ShouldContain(t => t.TenantName == "Bad Salzuflen, Stadt" && t.TimesAdopted == 1 && t.FormsPublished == 1);
        (await barntrup.Client.GetAsync("/api/sharing/regional")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<SharedFormDto> PublishAsync(ServiceApi api, string title, string? leiKaKey, SharingVisibility visibility = SharingVisibility.Region, UploadedFileDto[]? files = null)
    {
        var response = await TryPublishAsync(api, title, leiKaKey, files ?? [], visibility);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SharedFormDto>(ApiJson.Options))!;
    }

    private static Task<HttpResponseMessage> TryPublishAsync(ServiceApi api, string title, string? leiKaKey, UploadedFileDto[] files, SharingVisibility visibility = SharingVisibility.Region) =>
        api.Client.PostAsJsonAsync(
            "/api/sharing/forms",
            new { title, leiKaKey, formTool = "Form-Solutions", format = "SmartAssistant", contact = "digital@example.org", terms = "frei nutzbar", visibility, files },
            ApiJson.Options);

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, params string[] mentions)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        foreach (var mention in mentions)
        {
            body.ShouldContain(mention);
        }
    }

    public sealed class Fixture : WebHostFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CatalogSamples.ImportAsync(this);
        }

        public async Task<HttpClient> AdminAsync()
        {
            await this.CreateAsync("sharing-admin@owl.test", MembershipRole.HostAdmin);
            return await Factory.SignedInClientAsync("sharing-admin@owl.test");
        }
    }
}

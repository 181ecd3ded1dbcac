using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Catalog;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Import;

/// <summary>
/// Every hostile file through every importer, as a tenant editor and the host admin would send it:
/// never a server error, each refusal names its problem, and nothing is written.
/// </summary>
public class HostileUploads_Tests(HostileUploads_Tests.Fixture fixture) : IClassFixture<HostileUploads_Tests.Fixture>
{
    private static readonly string[] TenantImports = ["/api/portfolio/imports", "/api/services/imports"];

    [Fact]
    public async Task Hostile_Files_Should_Be_Refused_By_Every_Importer_Naming_The_Problem_And_Writing_Nothing()
    {
        var cdo = await fixture.SignedInOnceAsync("hostile-cdo@owl.test", MembershipRole.TenantAdmin, await fixture.TenantIdAsync("05770024"));
        var admin = await fixture.SignedInOnceAsync("hostile-admin@owl.test", MembershipRole.HostAdmin);
        var before = await StateAsync(cdo, admin);

        foreach (var hostile in HostileFiles.All())
        {
            foreach (var (client, path) in TenantImports.Select(p => (cdo, p)).Append((admin, "/api/catalog/imports")))
            {
                var preview = await client.PostAsync(path + "/preview", new ByteArrayContent(hostile.Content));
                var import = await client.PostAsync(path, new ByteArrayContent(hostile.Content));

                preview.StatusCode.ShouldBe(HttpStatusCode.OK, $"{hostile.Name} → {path}/preview: {await preview.Content.ReadAsStringAsync()}");
                import.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, $"{hostile.Name} → {path}");
                foreach (var response in new[] { preview, import })
                {
                    var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems");
                    problems.GetArrayLength().ShouldBe(1, $"{hostile.Name} → {path}");
                    problems[0].GetProperty("message").GetString()!.ShouldContain(hostile.Expected, Case.Sensitive, $"{hostile.Name} → {path}");
                }
            }
        }

        (await StateAsync(cdo, admin)).ShouldBe(before, "a refused file writes nothing");
    }

    [Fact]
    public async Task An_Upload_Over_The_Limit_Should_Answer_413_With_A_Problem_Whether_Its_Length_Is_Declared_Or_Not()
    {
        var cdo = await fixture.SignedInOnceAsync("hostile-cdo@owl.test", MembershipRole.TenantAdmin, await fixture.TenantIdAsync("05770024"));

        var declared = await cdo.PostAsync("/api/portfolio/imports/preview", new ByteArrayContent(HostileFiles.Oversized()));
        var chunked = await cdo.PostAsync("/api/services/imports", new StreamContent(new UnseekableStream(HostileFiles.Oversized())));

        foreach (var response in new[] { declared, chunked })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("title").GetString().ShouldBe("Die Datei ist größer als 20 MB.");
            problem.GetProperty("code").GetString().ShouldBe(OwlDigitalErrorCodes.PayloadTooLarge);
        }
    }

    [Fact]
    public async Task Date_Headers_That_Are_No_Reporting_Dates_Should_Be_Named_Not_Crash_The_Import()
    {
        var cdo = await fixture.SignedInOnceAsync("hostile-cdo@owl.test", MembershipRole.TenantAdmin, await fixture.TenantIdAsync("05770024"));
        var measures = "Nr.;Titel;Projektfortschritt Stand 03.0000;Projektfortschritt Stand 06.2024;Projektfortschritt Stand ٠٣.٢٠٢٤\nMP 001;X;3;4;5\n";
        var services = "Nr. Online-Dienst;Bezeichnung Online-Dienst;Status (P/E/U) 03.0000\nOD 001;X;P\n";

        var measureAnswer = await cdo.PostAsync("/api/portfolio/imports/preview", new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(measures)));
        var serviceAnswer = await cdo.PostAsync("/api/services/imports/preview", new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(services)));

        measureAnswer.StatusCode.ShouldBe(HttpStatusCode.OK, await measureAnswer.Content.ReadAsStringAsync());
        serviceAnswer.StatusCode.ShouldBe(HttpStatusCode.OK, await serviceAnswer.Content.ReadAsStringAsync());
        var measureProblems = (await measureAnswer.Content.ReadFromJsonAsync<OwlDigital.Portfolios.MeasureImportResultDto>(ApiJson.Options))!.Problems;
        measureProblems.Where(p => p.Message.Contains("nennt keinen Berichtstermin", StringComparison.Ordinal)).Select(p => p.Column)
            .ShouldBe(["Projektfortschritt Stand 03.0000", "Projektfortschritt Stand 06.2024"]);
        var serviceProblems = (await serviceAnswer.Content.ReadFromJsonAsync<OwlDigital.OnlineServices.OnlineServiceImportResultDto>(ApiJson.Options))!.Problems;
        serviceProblems.ShouldContain(p => p.Column == "Status (P/E/U) 03.0000" && p.Message.Contains("03.0000", StringComparison.Ordinal));
    }

    private static async Task<string> StateAsync(HttpClient cdo, HttpClient admin) =>
        string.Join(
            " | ",
            await cdo.GetStringAsync("/api/portfolio/measures?maxResultCount=1"),
            await cdo.GetStringAsync("/api/services?maxResultCount=1"),
            await cdo.GetStringAsync("/api/portfolio/periods"),
            JsonSerializer.Serialize(await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options)));

    /// <summary>A body without a length, as a client streaming a file sends it (chunked).</summary>
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    public sealed class Fixture : WebHostFixture;
}

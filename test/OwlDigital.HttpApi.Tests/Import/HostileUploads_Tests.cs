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

using System.Net;
using System.Net.Http.Json;
using System.Text;
using OwlDigital.Catalog;
using OwlDigital.Memberships;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Catalog;

/// <summary>Catalogue imports through the API, as the host admin uses them. One database for the class; tests that need an empty catalogue say so.</summary>
public class CatalogImport_Tests(CatalogImport_Tests.Fixture fixture) : IClassFixture<CatalogImport_Tests.Fixture>
{
    [Fact]
    public async Task A_Later_File_That_Renames_And_Drops_Entries_Should_Retire_Them_And_List_The_Tenant_Mappings_As_Orphans()
    {
        using var admin = await fixture.AdminAsync();
        await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.OzgServices));
        await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.LeiKaServices));
        var tenantId = await fixture.TenantIdAsync("05766020");
        await fixture.CreateAsync("cdo-orphans@owl.test", MembershipRole.TenantAdmin, tenantId);
        using var cdo = await fixture.Factory.SignedInClientAsync("cdo-orphans@owl.test");
        var unit = await (await cdo.PostAsJsonAsync("/api/portfolio/org-units", new { code = "32", name = "Bürgerbüro" })).Content.ReadFromJsonAsync<OwlDigital.Portfolios.OrgUnitDto>(ApiJson.Options);
        (await cdo.PostAsJsonAsync("/api/services", new { number = "OD 001", orgUnitId = unit!.Id, title = "Einbürgerung", leiKaKeys = new[] { "99050012000000", "99050012104000" } }, ApiJson.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // The next catalogue renames one of the two and no longer lists the other.
        var newer = CatalogSamples.LeiKaServices
            .Replace("99050012000000,Einbürgerung beantragen", "99050012000000,Einbürgerung beantragen (Anspruch)", StringComparison.Ordinal)
            .Replace("99050012104000,Einbürgerungszusicherung erteilen,2/3,10100,Einbürgerung,Einbürgerung,Ein- & Auswanderung,,,,0,0\n", string.Empty, StringComparison.Ordinal);
        var result = await ImportAsync(admin, CatalogSamples.Bytes(newer), "?retireMissing=true");

        (result.UpdateCount, result.RetireCount, result.CreateCount, result.RetireApplied, result.OrphanCount).ShouldBe((1, 1, 0, true, 1));
        var orphans = await admin.GetFromJsonAsync<List<CatalogOrphanDto>>("/api/catalog/orphans", ApiJson.Options);
        orphans!.Where(o => o.TenantId == tenantId).Select(o => (o.ServiceNumber, o.Key, o.IsRetired, o.CurrentName)).OrderBy(o => o.Key).ShouldBe(
        [
            ("OD 001", "99050012000000", false, "Einbürgerung beantragen (Anspruch)"),
            ("OD 001", "99050012104000", true, "Einbürgerungszusicherung erteilen"),
        ]);
        var service = (await cdo.GetFromJsonAsync<OwlDigital.Dtos.PagedResultDto<OwlDigital.OnlineServices.OnlineServiceDto>>("/api/services", ApiJson.Options))!.Items.Single();
        service.LeiKa.Select(l => (l.Key, l.Name, l.IsRetired)).ShouldBe(
            [("99050012000000", "Einbürgerung beantragen", false), ("99050012104000", "Einbürgerungszusicherung erteilen", true)],
            "the tenant's service keeps the entries and names it was mapped to");
    }

    [Fact]
    public async Task Malformed_Catalogue_Files_Should_Be_Refused_With_A_Clear_Error_And_Leave_The_Catalogue_As_It_Was()
    {
        using var admin = await fixture.AdminAsync();
        await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.OzgServices));
        var before = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        var header = CatalogSamples.LeiKaServices.Split('\n')[0];
        var manyRows = new StringBuilder(header).Append('\n');
        for (var i = 0; i < 100_000; i++)
        {
            manyRows.Append(99_000_000_000_000L + i).Append(",Leistung ").Append(i).Append(",5,10110,,,,,,,0,0\n");
        }

        var cases = new (string Name, byte[] Content, int Row, string Column, string Message)[]
        {
            ("missing columns", CatalogSamples.Bytes("ozg_id,name\n10100,Einbürgerung\n"), 1, "", "Unbekannter Aufbau"),
            ("broken quoting", CatalogSamples.Bytes(header + "\n99001001000000,\"Abfallgebühr,5,10110,,,,,,,1,0\n99001002000000,Altpapier,2/3,10110,,,,,,,1,0\n"), 2, "", "Zeile 2 wird nie geschlossen"),
            ("short key", CatalogSamples.Bytes(header + "\n9900100100,Abfallgebühr,5,10110,,,,,,,1,0\n"), 2, "leika_schluessel", "„9900100100“ ist kein LeiKa-Schlüssel"),
            ("unknown OZG service", CatalogSamples.Bytes(header + "\n99001001000000,Abfallgebühr,5,19999,,,,,,,1,0\n"), 2, "ozg_id", "19999 ist nicht im Katalog"),
            ("bad flag", CatalogSamples.Bytes(header + "\n99001001000000,Abfallgebühr,5,10110,,,,,,,ja,0\n"), 2, "sdg1_relevant", "„ja“ ist kein Kennzeichen"),
            ("duplicate key", CatalogSamples.Bytes(header + "\n99001001000000,Abfallgebühr,5,10110,,,,,,,1,0\n99001001000000,Abfallgebühr,5,10110,,,,,,,1,0\n"), 3, "leika_schluessel", "steht schon in Zeile 2"),
            ("100,000 rows", Encoding.UTF8.GetBytes(manyRows.ToString()), 50_051, "", "mehr als 50.000 Zeilen"),
            ("header only", CatalogSamples.Bytes(header + "\n"), 1, "", "nur die Kopfzeile"),
            ("LeiKa without leika_typ", CatalogSamples.Bytes(CatalogSamples.LeiKaServices.Replace("leika_typ,", "typ_alt,", StringComparison.Ordinal)), 1, "", "fehlt die Spalte „leika_typ“"),
            ("LeiKa with only three of its own columns", CatalogSamples.Bytes(CatalogSamples.LeiKaServices.Replace("leika_typ,", "a,", StringComparison.Ordinal).Replace("rechtsgrundlagen,", "b,", StringComparison.Ordinal).Replace("sdg1_relevant,sdg2_relevant", "c,d", StringComparison.Ordinal)), 1, "", "fehlt die Spalte „leika_typ“"),
            ("LeiKa without its key column", CatalogSamples.Bytes(CatalogSamples.LeiKaServices.Replace("leika_schluessel,", "schluessel,", StringComparison.Ordinal)), 1, "", "fehlt die Spalte „leika_schluessel“"),
        };

        foreach (var (name, content, row, column, message) in cases)
        {
            var response = await admin.PostAsync("/api/catalog/imports", new ByteArrayContent(content));
            response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, name);
            var result = (await response.Content.ReadFromJsonAsync<CatalogImportResultDto>(ApiJson.Options))!;
            result.Committed.ShouldBeFalse(name);
            var problem = result.Problems.ShouldHaveSingleItem(name);
            (problem.Row, problem.Column).ShouldBe((row, column), name);
            problem.Message.ShouldContain(message, Case.Insensitive, name);
        }

        var after = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        after.ShouldBe(before, "a refused file writes nothing");

        // Semicolons (German Excel's CSV) and tabs (its "Unicode-Text") are recognised rather than refused.
        foreach (var separator in new[] { ';', '\t' })
        {
            var separated = await admin.PostAsync("/api/catalog/imports/preview", new ByteArrayContent(CatalogSamples.Bytes(CatalogSamples.OzgServices.Replace(',', separator))));
            var preview = (await separated.Content.ReadFromJsonAsync<CatalogImportResultDto>(ApiJson.Options))!;
            preview.Problems.ShouldBeEmpty();
            preview.UnchangedCount.ShouldBe(4);
        }
    }

    [Fact]
    public async Task A_Partial_Catalogue_Should_Retire_Nothing_Unless_Confirmed_And_More_Than_Half_Only_When_Forced()
    {
        using var admin = await fixture.AdminAsync();
        await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.OzgServices), "?retireMissing=true");
        await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.LeiKaServices), "?retireMissing=true");
        var full = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        var kept = CatalogSamples.LeiKaServices.Split('\n').Where(l => l.StartsWith("leika_schluessel", StringComparison.Ordinal)
            || l.StartsWith("99001001000000", StringComparison.Ordinal) || l.StartsWith("99102001000000", StringComparison.Ordinal));
        var partial = CatalogSamples.Bytes(string.Join('\n', kept) + "\n");

        var plain = await ImportAsync(admin, partial);
        var afterPlain = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        var confirmed = await admin.PostAsync("/api/catalog/imports?retireMissing=true", new ByteArrayContent(partial));
        var confirmedResult = (await confirmed.Content.ReadFromJsonAsync<CatalogImportResultDto>(ApiJson.Options))!;
        var afterConfirmed = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        var forced = await ImportAsync(admin, partial, "?retireMissing=true&force=true");
        var afterForced = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        var restored = await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.LeiKaServices), "?retireMissing=true");

        (plain.RetireCount, plain.RetireApplied, plain.CurrentCount).ShouldBe((5, false, 7), "without confirmation the five missing entries are only named");
        plain.RetireSample!.ShouldContain("99050012000000 – Einbürgerung beantragen");
        afterPlain.ShouldBe(full, "nothing was retired");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        confirmedResult.Problems.ShouldHaveSingleItem().Message.ShouldContain("5 von 7");
        afterConfirmed.ShouldBe(full, "more than half needs force");
        (forced.RetireCount, forced.RetireApplied).ShouldBe((5, true));
        afterForced!.RetiredEntries.ShouldBe(full!.RetiredEntries + 5);
        (restored.UpdateCount, restored.RetireCount).ShouldBe((5, 0), "the full file brings the retired entries back");
    }

    [Fact]
    public async Task A_Windows_1252_File_From_Excel_Should_Keep_Its_Umlauts()
    {
        using var admin = await fixture.AdminAsync();
        var latin1 = Encoding.Latin1.GetBytes("themenfeld_id,themenfeld\n90,Übergangstest & Größen\n");

        var result = await ImportAsync(admin, latin1);

        result.CreateCount.ShouldBe(1);
        var topics = await admin.GetFromJsonAsync<List<OzgTopicDto>>("/api/catalog/topics", ApiJson.Options);
        topics!.ShouldContain(t => t.Id == 90 && t.Name == "Übergangstest & Größen");
    }

    [Fact]
    public async Task Tenant_Users_Should_Read_The_Catalogue_But_Not_Import()
    {
        var tenantId = await fixture.TenantIdAsync("05770024");
        await fixture.CreateAsync("catalog-reader@owl.test", MembershipRole.TenantEditor, tenantId);
        using var editor = await fixture.Factory.SignedInClientAsync("catalog-reader@owl.test");

        (await editor.GetAsync("/api/catalog/leika?search=Abfall")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editor.GetAsync("/api/catalog/maturity-levels")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editor.PostAsync("/api/catalog/imports", new ByteArrayContent(CatalogSamples.Bytes(CatalogSamples.OzgServices)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.PostAsJsonAsync("/api/catalog/products", new { kind = "FormTool", name = "Form-Solutions" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = fixture.Factory.CreateClient();
        (await anonymous.GetAsync("/api/catalog/leika?search=Abfall")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_Host_Should_Keep_The_EfA_And_Product_Lists_Without_Duplicates()
    {
        using var admin = await fixture.AdminAsync();
        await ImportAsync(admin, CatalogSamples.Bytes(CatalogSamples.OzgServices));

        var efa = await admin.PostAsJsonAsync("/api/catalog/efa-services", new { name = "Einbürgerung digital", ozgServiceId = 10100, providingState = "Hessen", status = "Available" }, ApiJson.Options);
        var unknownOzg = await admin.PostAsJsonAsync("/api/catalog/efa-services", new { name = "Unbekannt", ozgServiceId = 19999, providingState = "Hessen", status = "Available" }, ApiJson.Options);
        var tool = await admin.PostAsJsonAsync("/api/catalog/products", new { kind = "FormTool", name = "Form-Solutions" }, ApiJson.Options);
        var again = await admin.PostAsJsonAsync("/api/catalog/products", new { kind = "FormTool", name = "form-solutions" }, ApiJson.Options);
        var otherList = await admin.PostAsJsonAsync("/api/catalog/products", new { kind = "DocumentManagement", name = "Form-Solutions" }, ApiJson.Options);

        efa.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknownOzg.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (tool.StatusCode, again.StatusCode, otherList.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK), "a name is unique within its list, case aside");
        (await admin.GetFromJsonAsync<List<EfaServiceDto>>("/api/catalog/efa-services", ApiJson.Options))!.Single().ProvidingState.ShouldBe("Hessen");
        (await admin.GetFromJsonAsync<List<ProductDto>>("/api/catalog/products?kind=FormTool", ApiJson.Options))!.Select(p => p.Name).ShouldBe(["Form-Solutions"]);
    }

    internal static async Task<CatalogImportResultDto> ImportAsync(HttpClient client, byte[] content, string query = "")
    {
        var response = await client.PostAsync("/api/catalog/imports" + query, new ByteArrayContent(content));
        var result = (await response.Content.ReadFromJsonAsync<CatalogImportResultDto>(ApiJson.Options))!;
        result.Problems.ShouldBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return result;
    }

    public sealed class Fixture : WebHostFixture
    {
        public async Task<HttpClient> AdminAsync()
        {
            await this.CreateAsync("catalog-host@owl.test", MembershipRole.HostAdmin);
            return await Factory.SignedInClientAsync("catalog-host@owl.test");
        }
    }
}

/// <summary>The real public catalogue files, in a database of their own (the sample catalogue of the other tests would retire them).</summary>
public class RealCatalogImport_Tests(CatalogImport_Tests.Fixture fixture) : IClassFixture<CatalogImport_Tests.Fixture>
{
    [SharedDataFact]
    public async Task The_Real_Kdn_Files_Should_Import_Completely_And_A_Second_Import_Should_Change_Nothing()
    {
        using var admin = await fixture.AdminAsync();
        var topics = await CatalogImport_Tests.ImportAsync(admin, File.ReadAllBytes(SharedData.PathOf("kdn_ozg_themenfelder.csv")));
        var situations = await CatalogImport_Tests.ImportAsync(admin, File.ReadAllBytes(SharedData.PathOf("kdn_ozg_lebenslagen.csv")));
        var types = await CatalogImport_Tests.ImportAsync(admin, File.ReadAllBytes(SharedData.PathOf("leika_typisierung_codes.csv")));
        var ozg = await CatalogImport_Tests.ImportAsync(admin, File.ReadAllBytes(SharedData.PathOf("kdn_ozg_leistungen.csv")));
        var leikaFile = File.ReadAllBytes(SharedData.PathOf("kdn_leika_leistungen_ozg_mapping.csv"));
        var leika = await CatalogImport_Tests.ImportAsync(admin, leikaFile);
        var again = await CatalogImport_Tests.ImportAsync(admin, leikaFile);

        (topics.Kind, topics.CreateCount).ShouldBe((CatalogFileKind.Topics, 14));
        (situations.Kind, situations.CreateCount).ShouldBe((CatalogFileKind.LifeSituations, 58));
        (types.Kind, types.CreateCount).ShouldBe((CatalogFileKind.LeiKaTypes, 18));
        (ozg.Kind, ozg.CreateCount).ShouldBe((CatalogFileKind.OzgServices, 557));
        (leika.Kind, leika.RowCount, leika.CreateCount).ShouldBe((CatalogFileKind.LeiKaServices, 5_249, 5_249));
        (again.CreateCount, again.UpdateCount, again.RetireCount, again.UnchangedCount).ShouldBe((0, 0, 0, 5_249), "re-importing updates in place, never duplicates");
        var summary = await admin.GetFromJsonAsync<CatalogSummaryDto>("/api/catalog/summary", ApiJson.Options);
        summary!.OzgServices.ShouldBe(557);
        summary.LeiKaServices.ShouldBe(5_249);
        summary.LeiKaServicesWithoutKey.ShouldBe(436, "the 436 rows marked 'nicht im LeiKa' are kept, without a key");
        summary.MunicipallyRelevantLeiKaServices.ShouldBeInRange(3_000, 4_700);
        var found = await admin.GetFromJsonAsync<List<LeiKaServiceDto>>("/api/catalog/leika?search=Einb%C3%BCrg", ApiJson.Options);
        found!.ShouldNotBeEmpty();
        found.ShouldAllBe(s => s.Name.Contains("inbürg", StringComparison.OrdinalIgnoreCase) || (s.OzgServiceName ?? string.Empty).Contains("inbürg", StringComparison.OrdinalIgnoreCase));
        var ozg10006 = await admin.GetFromJsonAsync<List<OzgServiceDto>>("/api/catalog/ozg?search=10006", ApiJson.Options);
        ozg10006!.Single().Name.ShouldBe("Leistungen bei Schwangerschaftsabbruch");
    }

}

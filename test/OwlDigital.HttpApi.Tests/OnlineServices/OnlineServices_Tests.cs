using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.Catalog;
using OwlDigital.Dtos;
using OwlDigital.OnlineServices;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.OnlineServices;

/// <summary>The tenant's list of online services against the hand-written sample catalogue; each test works in a tenant of its own.</summary>
public class OnlineServices_Tests(OnlineServices_Tests.Fixture fixture) : IClassFixture<OnlineServices_Tests.Fixture>
{
    private const string March = "2023-03-31";
    private const string September = "2023-09-30";

    [Fact]
    public async Task Services_Should_Be_Counted_By_Status_Per_Reporting_Date_With_The_Newly_Implemented_And_Unpaid_Fees()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05770024", March, September);
        var candidates = await api.GetAsync<List<LeiKaServiceDto>>("/api/catalog/leika?search=Einb%C3%BCrg");
        candidates.Select(c => c.Key).ShouldBe(["99050012000000", "99050012104000"], ignoreOrder: true);
        var naturalisation = candidates.Single(c => c.Name == "Einbürgerung beantragen");

        await api.CreateAsync("OD 1", "Quartierfonds Förderung beantragen", new { implementation = "OwnApplicationManagement", feeRequired = true, payableOnline = false }, (March, "Planned"), (September, "Planned"));
        await api.CreateAsync("OD 006", "Ukrainehilfe Wohnraum melden", new { implementation = "ExternalPortal", feeRequired = true, payableOnline = true }, (March, "Implemented"), (September, "Implemented"));
        var od013 = await api.CreateAsync("od13", "Einbürgerung beantragen", new { implementation = "SpecialistProcedure", leiKaServiceIds = new[] { naturalisation.Id }, maturityLevel = 3, maturityModel = "V1_1" }, (March, "Planned"), (September, "BeingIntroduced"));
        await api.CreateAsync("OD 020", "Fischereischein beantragen", new { ozgServiceId = 10300 }, (March, "Planned"), (September, "Implemented"));

        od013.Number.ShouldBe("OD 013");
        od013.Topic.ShouldBe("Ein- & Auswanderung", "the topic comes through the mapped LeiKa service's OZG service");
        od013.LeiKa.Single().Key.ShouldBe("99050012000000");
        var report = await api.GetAsync<ServiceReportDto>("/api/services/report");
        report.Periods.Select(p => (p.ReportingDate, p.Planned, p.BeingIntroduced, p.Implemented, p.Total)).ShouldBe(
        [
            (new DateOnly(2023, 3, 31), 3, 0, 1, 4),
            (new DateOnly(2023, 9, 30), 1, 1, 2, 4),
        ]);
        report.Periods[0].NewlyImplemented.ShouldBeEmpty("the first date has nothing before it to compare with");
        report.Periods[1].NewlyImplemented.Select(s => s.Number).ShouldBe(["OD 020"]);
        report.FeeNotPayableOnline.Select(s => s.Number).ShouldBe(["OD 001"]);
        (report.Identified, report.ImplementedNow).ShouldBe((4, 2));
        (await api.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services?status=Implemented")).Items.Select(s => s.Number).ShouldBe(["OD 006", "OD 020"]);
        (await api.GetAsync<PagedResultDto<OnlineServiceDto>>($"/api/services?status=Implemented&statusDate={March}")).Items.Select(s => s.Number).ShouldBe(["OD 006"]);
        (await api.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services?implementation=ExternalPortal")).Items.Select(s => s.Number).ShouldBe(["OD 006"]);
        (await api.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services?topic=Engagement%20%26%20Hobby")).Items.Select(s => s.Number).ShouldBe(["OD 020"]);
        (await api.GetAsync<PagedResultDto<OnlineServiceDto>>($"/api/services?orgUnitId={api.OrgUnitId}&sorting=title%20desc")).Items.First().Number.ShouldBe("OD 006");
    }

    [Fact]
    public async Task Catalogue_Coverage_Should_Count_The_Municipally_Relevant_Services_Per_Topic_As_Counted_By_Hand()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05711000", September);
        await api.CreateAsync("OD 001", "Einbürgerung", new { leiKaKeys = new[] { "99050012000000" } }, (September, "Implemented"));
        await api.CreateAsync("OD 002", "Abfallgebühr", new { leiKaKeys = new[] { "99001001000000" } }, (September, "Planned"));
        await api.CreateAsync("OD 003", "Personalausweis", new { leiKaKeys = new[] { "99102001000000" } }, (September, "Implemented"));

        var coverage = await api.GetAsync<CoverageDto>("/api/services/coverage");

        // Relevant: Abfallgebühr (5), Altpapier (2/3); the two naturalisation services (2/3); the
        // keyless fishing licence (4). Not: Personalausweis (type 1), the general note (type 6).
        coverage.Topics.Select(t => (t.Topic, t.Relevant, t.Online, t.UnderWay)).ShouldBe(
        [
            ("Bauen & Wohnen", 2, 0, 1),
            ("Ein- & Auswanderung", 2, 1, 0),
            ("Engagement & Hobby", 1, 0, 0),
        ]);
        (coverage.Relevant, coverage.Online, coverage.UnderWay).ShouldBe((5, 1, 1));
        var entries = await api.GetAsync<List<CoverageEntryDto>>("/api/services/coverage/entries?topic=Ein-%20%26%20Auswanderung");
        entries.Select(e => (e.Name, e.Status, e.ServiceNumber)).ShouldBe(
        [
            ("Einbürgerungszusicherung erteilen", (ServiceStatus?)null, (string?)null),
            ("Einbürgerung beantragen", ServiceStatus.Implemented, "OD 001"),
        ], "gaps first");
    }

    [Fact]
    public async Task Bad_Input_Should_Get_A_Clear_Error_Naming_The_Value_And_Write_Nothing()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05774032", September);
        var cases = new (string Name, object Extra, (string, string)[] Statuses, string Field, string Message)[]
        {
            ("key not 14 digits", new { leiKaKeys = new[] { "12345" } }, [], "leiKaKeys", "„12345“ ist kein LeiKa-Schlüssel"),
            ("unknown key", new { leiKaKeys = new[] { "99050012000001" } }, [], "leiKaKeys", "99050012000000 Einbürgerung beantragen"),
            ("maturity out of range", new { maturityLevel = 5, maturityModel = "V1_1" }, [], "maturityLevel", "Reifegrad 5 gibt es im Modell 1.1 nicht"),
            ("maturity without model", new { maturityLevel = 2 }, [], "maturityModel", "braucht sein Modell"),
            ("status for a missing period", new { }, [("2024-03-31", "Implemented")], "statuses", "Für den 31.03.2024 gibt es keine Berichtsrunde"),
            ("unknown OZG service", new { ozgServiceId = 19999 }, [], "ozgServiceId", "19999"),
            ("payable without fee", new { feeRequired = false, payableOnline = true }, [], "payableOnline", "setzt eine Gebühr voraus"),
            ("bad url", new { publicUrl = "minden.de/formular" }, [], "publicUrl", "keine Internetadresse"),
        };

        foreach (var (name, extra, statuses, field, message) in cases)
        {
            var response = await api.TryCreateAsync("OD 001", "Einbürgerung beantragen", extra, statuses);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{name}: {problem}");
            problem.GetProperty("detail").GetString()!.ShouldContain(message, Case.Sensitive, name);
        }

        (await api.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services")).TotalCount.ShouldBe(0, "no refused service was written");
        await api.CreateAsync("OD 001", "Einbürgerung beantragen");
        (await api.TryCreateAsync("od 1", "Noch einmal")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_Concurrent_Edit_Should_Be_Detected_And_A_Closed_Period_Should_Stay_Frozen()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05766020", March, September);
        var created = await api.CreateAsync("OD 001", "Einbürgerung beantragen", null, (March, "Planned"));
        var edit = new Dictionary<string, object?> { ["number"] = "OD 001", ["orgUnitId"] = api.OrgUnitId, ["title"] = "Einbürgerung online beantragen", ["concurrencyStamp"] = created.ConcurrencyStamp };

        var first = await api.Client.PutAsJsonAsync($"/api/services/{created.Id}", edit, ApiJson.Options);
        var second = await api.Client.PutAsJsonAsync($"/api/services/{created.Id}", edit, ApiJson.Options);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict, "the second edit read the old stamp");
        var periods = await api.GetAsync<List<OwlDigital.Portfolios.ReportingPeriodDto>>("/api/portfolio/periods");
        (await api.Client.PostAsync($"/api/portfolio/periods/{periods.Single(p => p.ReportingDate == new DateOnly(2023, 3, 31)).Id}/close", null)).EnsureSuccessStatusCode();
        var current = await api.GetAsync<OnlineServiceDto>($"/api/services/{created.Id}");
        edit["concurrencyStamp"] = current.ConcurrencyStamp;
        edit["statuses"] = new[] { new { reportingDate = March, status = "Implemented" } };
        var frozen = await api.Client.PutAsJsonAsync($"/api/services/{created.Id}", edit, ApiJson.Options);
        frozen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await frozen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("31.03.2023 ist abgeschlossen");
        (await api.GetAsync<OnlineServiceDto>($"/api/services/{created.Id}")).Statuses.Single().Status.ShouldBe(ServiceStatus.Planned);
    }

    [Fact]
    public async Task Another_Tenants_Services_Should_Be_Invisible_And_Unchangeable()
    {
        using var oeynhausen = await ServiceApi.ForTenantAsync(fixture, "05770004");
        using var other = await ServiceApi.ForTenantAsync(fixture, "05770008");
        var service = await oeynhausen.CreateAsync("OD 001", "Nur in Bad Oeynhausen");

        (await other.Client.GetAsync($"/api/services/{service.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync<PagedResultDto<OnlineServiceDto>>("/api/services")).TotalCount.ShouldBe(0);
        var put = await other.Client.PutAsJsonAsync($"/api/services/{service.Id}", new { number = "OD 001", orgUnitId = other.OrgUnitId, title = "Übernommen", concurrencyStamp = service.ConcurrencyStamp }, ApiJson.Options);
        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync<CoverageDto>("/api/services/coverage")).Online.ShouldBe(0);
        (await oeynhausen.GetAsync<OnlineServiceDto>($"/api/services/{service.Id}")).Title.ShouldBe("Nur in Bad Oeynhausen");
    }

    [Fact]
    public async Task Program_Targets_Should_Count_Implemented_Services_And_Payable_Fees_Live()
    {
        using var api = await ServiceApi.ForTenantAsync(fixture, "05762020", September);
        await api.CreateAsync("OD 001", "Hundesteuer", new { feeRequired = true, payableOnline = true }, (September, "Implemented"));
        await api.CreateAsync("OD 002", "Fischereischein", new { feeRequired = true, payableOnline = false }, (September, "Implemented"));
        await api.CreateAsync("OD 003", "Sperrmüll", null, (September, "Planned"));
        var program = await (await api.Client.PostAsJsonAsync("/api/portfolio/programs", new { name = "Online-Dienste" })).Content.ReadFromJsonAsync<OwlDigital.Portfolios.ProgramDto>(ApiJson.Options);
        program = await (await api.Client.PostAsJsonAsync($"/api/portfolio/programs/{program!.Id}/targets", new { text = "Bis Ende 2025 sind 100 der 133 Online-Dienste umgesetzt", metric = "OnlineServicesImplemented", targetValue = 100, deadline = "2025-12-31", concurrencyStamp = program.ConcurrencyStamp }, ApiJson.Options))
            .Content.ReadFromJsonAsync<OwlDigital.Portfolios.ProgramDto>(ApiJson.Options);
        program = await (await api.Client.PostAsJsonAsync($"/api/portfolio/programs/{program!.Id}/targets", new { text = "Alle gebührenpflichtigen Dienste sind online bezahlbar", metric = "FeeServicesPayableOnlinePercent", targetValue = 100, deadline = "2025-12-31", concurrencyStamp = program.ConcurrencyStamp }, ApiJson.Options))
            .Content.ReadFromJsonAsync<OwlDigital.Portfolios.ProgramDto>(ApiJson.Options);

        var targets = program!.Targets.ToDictionary(t => t.Metric);
        (targets[OwlDigital.Portfolios.TargetMetric.OnlineServicesImplemented].Current, targets[OwlDigital.Portfolios.TargetMetric.OnlineServicesImplemented].PercentReached).ShouldBe((2m, 2m));
        targets[OwlDigital.Portfolios.TargetMetric.FeeServicesPayableOnlinePercent].Current.ShouldBe(50m, "one of the two fee-charging services can be paid online");
    }

    public sealed class Fixture : WebHostFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await CatalogSamples.ImportAsync(this);
        }
    }
}

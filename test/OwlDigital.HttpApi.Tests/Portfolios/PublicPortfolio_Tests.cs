using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.Portfolios;

public class PublicPortfolio_Tests(PublicPortfolio_Tests.Fixture fixture) : IClassFixture<PublicPortfolio_Tests.Fixture>
{
    private static readonly JsonSerializerOptions Json = ApiJson.Options;

    [Fact]
    public async Task Without_The_Public_Page_Feature_Nothing_Should_Be_Public()
    {
        using var anonymous = fixture.Factory.CreateClient();

        (await anonymous.GetAsync("/api/public/05770024/measures")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/api/public/05770024/measures.csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/api/public/99999999/measures")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_Published_Plan_Should_Show_Closed_Rounds_And_Public_Fields_Only()
    {
        await fixture.PublishAsync("05766020");
        using var anonymous = fixture.Factory.CreateClient();

        var response = await anonymous.GetAsync("/api/public/05766020/measures");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("Geheime Projektleitung", Case.Sensitive, "personal data stays private");
        text.ShouldNotContain("12345", Case.Sensitive, "costs stay private");
        var plan = JsonSerializer.Deserialize<PublicPortfolioDto>(text, Json)!;
        plan.TenantName.ShouldBe("Detmold, Stadt");
        plan.ReportingDates.ShouldBe([new DateOnly(2023, 3, 31)], "the open round of 30.09.2023 is not published yet");
        var measure = plan.Measures.Single();
        measure.Number.ShouldBe("MP 011");
        measure.BusinessArea.ShouldBe("I Zentrale Steuerung");
        measure.Office.ShouldBe("0.1 Zentraler Steuerungsdienst");
        measure.Progress.ShouldBe(["8"]);
        measure.Status.ShouldBe("U");
        plan.Report.Columns.Single().TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task The_Open_Data_Csv_Should_Use_The_Column_Names_Of_The_Published_Plans()
    {
        await fixture.PublishAsync("05766020");
        using var anonymous = fixture.Factory.CreateClient();

        var bytes = await anonymous.GetByteArrayAsync("/api/public/05766020/measures.csv");

        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("Geschäftskreis;Dienststelle;Nr.;Jahr der Meldung;Digitalisierungsprojekt/-thema;Erläuterung/Beschreibung;Termin/Zeitraum Einführung;Projektfortschritt Stand 03.2023;Status");
        lines[1].ShouldBe("I Zentrale Steuerung;0.1 Zentraler Steuerungsdienst;MP 011;2021;Online-Bürgerbeteiligung;Beteiligungsportal NRW;2022;8;U");
    }

    public sealed class Fixture : WebHostFixture
    {
        private bool _published;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var detmold = await this.TenantIdAsync("05766020");
            var cdo = await this.CreateAsync("cdo@detmold.test", MembershipRole.TenantAdmin, detmold);
            await this.CreateAsync("admin@host.test", MembershipRole.HostAdmin);
            await this.AsUserAsync(cdo, detmold, async services =>
            {
                var orgUnits = services.GetRequiredService<IOrgUnitAppService>();
                var area = await orgUnits.CreateAsync(new CreateOrgUnitDto { Code = "I", Name = "Zentrale Steuerung" });
                var office = await orgUnits.CreateAsync(new CreateOrgUnitDto { Code = "0.1", Name = "Zentraler Steuerungsdienst", BusinessAreaId = area.Id });
                var measures = services.GetRequiredService<IMeasureAppService>();
                var measure = await measures.CreateAsync(new SaveMeasureDto
                {
                    Number = "MP 011", YearReported = "2021", OrgUnitId = office.Id, Title = "Online-Bürgerbeteiligung", Description = "Beteiligungsportal NRW",
                    PlannedIntroduction = "2022", Benefits = BenefitCategories.ServiceImprovement, ProjectLead = "Geheime Projektleitung",
                    Costs = new CostsDto(12345m, null, null),
                });
                var reporting = services.GetRequiredService<IReportingAppService>();
                var march = await reporting.OpenPeriodAsync(new OpenReportingPeriodDto(new DateOnly(2023, 3, 31)));
                var sheet = await reporting.SaveProgressAsync(march.Id, new SaveProgressDto([new ProgressInputDto(measure.Id, "8", measure.ConcurrencyStamp)]));
                await reporting.ClosePeriodAsync(march.Id);
                var september = await reporting.OpenPeriodAsync(new OpenReportingPeriodDto(new DateOnly(2023, 9, 30)));
                await reporting.SaveProgressAsync(september.Id, new SaveProgressDto([new ProgressInputDto(measure.Id, "10", sheet.Rows.Single().ConcurrencyStamp)]));
                return true;
            });
        }

        /// <summary>The host admin switches the tenant's public page on (once per fixture).</summary>
        public async Task PublishAsync(string ags)
        {
            if (_published)
            {
                return;
            }

            using var admin = await Factory.SignedInClientAsync("admin@host.test");
            var tenant = (await admin.GetFromJsonAsync<TenantDto>($"/api/tenants/{await this.TenantIdAsync(ags)}", Json))!;
            var response = await admin.PutAsJsonAsync($"/api/tenants/{tenant.Id}/features", new
            {
                features = tenant.Features.Append(TenantFeatures.PublicPage).ToArray(), concurrencyStamp = tenant.ConcurrencyStamp,
            });
            response.EnsureSuccessStatusCode();
            _published = true;
        }
    }
}

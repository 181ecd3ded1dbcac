using OwlDigital.ExceptionHandling;
using OwlDigital.Export;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

/// <summary>
/// Anonymous readers see a tenant's plan only when the tenant switched its public page on. The read
/// works inside that one tenant (the tenant filter and row-level security apply as for its members)
/// and returns public fields only.
/// </summary>
public sealed class PublicPortfolioAppService(
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    IMeasureRepository measures,
    IOrgUnitRepository orgUnits,
    IReportingPeriodRepository periods) : IPublicPortfolioAppService
{
    public async Task<PublicPortfolioDto> GetAsync(string ags, CancellationToken cancellationToken = default)
    {
        var tenant = await tenants.FindByAgsAsync(ags ?? string.Empty, cancellationToken);

        // Unknown, deactivated and unpublished tenants look alike: there is nothing public here.
        if (tenant is not { IsActive: true } || !tenant.IsFeatureEnabled(TenantFeatures.PublicPage))
        {
            throw new EntityNotFoundException(typeof(PublicPortfolioDto), ags ?? string.Empty);
        }

        using (currentTenant.Change(tenant.Id))
        {
            var all = await measures.GetAllWithProgressAsync(cancellationToken);
            var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Id);
            var dates = (await periods.GetAllAsync(cancellationToken)).Where(p => p.IsClosed).Select(p => p.ReportingDate).Order().ToList();
            var rows = all.Select(m =>
            {
                var unit = units.GetValueOrDefault(m.OrgUnitId);
                var area = unit?.BusinessAreaId is { } areaId ? units.GetValueOrDefault(areaId) : unit;
                var latest = dates.Count > 0 ? m.StatusAt(dates[^1]) : null;
                return new PublicMeasureDto(
                    m.Number,
                    m.YearReported.ToString(),
                    area is null ? string.Empty : $"{area.Code} {area.Name}",
                    unit is null || unit == area ? string.Empty : $"{unit.Code} {unit.Name}",
                    m.Title,
                    m.Description,
                    m.PlannedIntroduction,
                    dates.Select(d => m.ProgressAt(d)?.ToString()).ToList(),
                    latest?.ToLetter());
            }).ToList();
            var report = CouncilReport.Calculate(all, dates).ToDto(all.Count(m => !m.YearReported.AlreadyImplementedAtStart));
            return new PublicPortfolioDto(tenant.Name, tenant.Ags, dates, rows, report);
        }
    }

    public async Task<byte[]> GetCsvAsync(string ags, CancellationToken cancellationToken = default)
    {
        var plan = await GetAsync(ags, cancellationToken);
        var csv = new CsvBuilder();

        // Column names as in the published plans (Anlage 4), so readers find their way around.
        csv.AddRow(
            ["Geschäftskreis", "Dienststelle", "Nr.", "Jahr der Meldung", "Digitalisierungsprojekt/-thema", "Erläuterung/Beschreibung", "Termin/Zeitraum Einführung",
             .. plan.ReportingDates.Select(d => $"Projektfortschritt Stand {ReportingDates.Label(d)}"), "Status"]);
        foreach (var measure in plan.Measures)
        {
            csv.AddRow(
                [measure.BusinessArea, measure.Office, measure.Number, measure.YearReported, measure.Title, measure.Description, measure.PlannedIntroduction,
                 .. measure.Progress.Select(p => p ?? ProgressValue.NotReportedText), measure.Status]);
        }

        return csv.ToUtf8WithBom();
    }
}

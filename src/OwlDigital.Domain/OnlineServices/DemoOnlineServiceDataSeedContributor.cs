using OwlDigital.Catalog;
using OwlDigital.Data;
using OwlDigital.MultiTenancy;
using OwlDigital.Portfolios;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.OnlineServices;

/// <summary>
/// Demo lists of online services (run command's demo mode only; runs after the demo portfolios and
/// the demo catalogue). Minden gets the rows of its published list (seed 000, Anlage 6) plus
/// generated services (fixed random seed) up to its published counts: 129 services, P 65 / E 29 /
/// U 35 at 31.03.2023 and P 52 / E 36 / U 41 at 30.09.2023. Other demo tenants get smaller generated
/// lists. Generated services carry the names of municipally relevant catalogue entries they are
/// mapped to. Every service is marked as demo data; a tenant that has services is left alone.
/// </summary>
public sealed class DemoOnlineServiceDataSeedContributor(
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    OnlineServiceManager serviceManager,
    IOnlineServiceRepository services,
    IOrgUnitRepository orgUnits,
    IMeasureRepository measures,
    IReportingPeriodRepository periods,
    ICatalogRepository catalog,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public static readonly DateOnly March2023 = new(2023, 3, 31);
    public static readonly DateOnly September2023 = new(2023, 9, 30);

    private static readonly IReadOnlyDictionary<string, int> GeneratedListSizes = new Dictionary<string, int>
    {
        ["05711000"] = 40,
        ["05774032"] = 30,
        ["05766"] = 20,
    };

    // Anlage 6 of seed 000: number, office, title, way, status 03.2023, status 09.2023, measure, a word to find its LeiKa entry.
    private static readonly (string Number, string Office, string Title, ImplementationWay Way, string March, string September, string? Measure, string? LeiKa)[] MindenSamples =
    [
        ("OD 001", "0.1", "Quartierfonds Förderung beantragen", ImplementationWay.OwnApplicationManagement, "P", "P", null, null),
        ("OD 002", "0.1", "Veranstaltungen Teilnahme buchen", ImplementationWay.OtherOrUnclear, "P", "P", "MP 221", null),
        ("OD 003", "0.1", "Anregungen und Beschwerden nach § 24 GO einreichen", ImplementationWay.OwnApplicationManagement, "U", "U", "MP 017", null),
        ("OD 004", "0.1", "Barrieren melden und Feedback zur Internetpräsenz einreichen", ImplementationWay.SpecialistProcedure, "U", "U", null, null),
        ("OD 005", "0.1", "Einwohnerfragen einreichen", ImplementationWay.OwnApplicationManagement, "U", "U", "MP 017", null),
        ("OD 006", "0.1", "Ukrainehilfe Wohnraum melden", ImplementationWay.ExternalPortal, "U", "U", null, null),
        ("OD 007", "0.1", "Beteiligungsprozesse_an Umfragen und Meldeverfahren teilnehmen", ImplementationWay.ExternalPortal, "U", "U", "MP 011", null),
        ("OD 008", "0.1", "Bürgerbegehren_Voranfrage stellen", ImplementationWay.OwnApplicationManagement, "U", "U", "MP 017", null),
        ("OD 009", "0.1", "Ehrenamtspreis_Vorschlag einreichen", ImplementationWay.OwnApplicationManagement, "U", "U", null, null),
        ("OD 010", "0.1", "Heimatpreis_Vorschlag einreichen", ImplementationWay.OwnApplicationManagement, "U", "U", null, null),
        ("OD 011", "2.1", "Steuer-ID abfragen", ImplementationWay.ExternalPortal, "P", "P", null, null),
        ("OD 012", "2.1", "Eheschließung anmelden", ImplementationWay.SpecialistProcedure, "P", "P", null, "Eheschließung"),
        ("OD 013", "2.1", "Einbürgerung beantragen", ImplementationWay.SpecialistProcedure, "P", "E", "MP 029", "Einbürgerung"),
        ("OD 014", "2.1", "Ermäßigtes Nahverkehrsticket beantragen", ImplementationWay.OwnApplicationManagement, "P", "P", null, null),
        ("OD 015", "2.1", "Fischereischein beantragen", ImplementationWay.OwnApplicationManagement, "P", "P", null, "Fischereischein"),
        ("OD 016", "2.1", "Geburt anzeigen", ImplementationWay.SpecialistProcedure, "P", "P", null, "Geburt"),
    ];

    /// <summary>
    /// The 113 generated services by their move from March to September 2023, so that together with
    /// the samples (March P 8 / U 8; September P 7 / E 1 / U 8) the published counts come out.
    /// </summary>
    private static readonly (string March, string September, int Count)[] MindenGeneratedMoves =
    [
        ("P", "P", 45), ("P", "E", 10), ("P", "U", 2), ("E", "E", 25), ("E", "U", 4), ("U", "U", 27),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.DemoUserPassword is null)
        {
            return;
        }

        var relevant = (await catalog.GetMunicipallyRelevantAsync(null, cancellationToken)).Select(r => r.Service).Where(s => s.Key is not null).ToList();
        var created = 0;
        if (await tenants.FindByAgsAsync(DemoPortfolioDataSeedContributor.MindenAgs, cancellationToken) is { } minden)
        {
            created += await SeedTenantAsync(minden.Id, MindenList(), relevant, cancellationToken);
        }

        foreach (var (ags, size) in GeneratedListSizes)
        {
            if (await tenants.FindByAgsAsync(ags, cancellationToken) is { } tenant)
            {
                created += await SeedTenantAsync(tenant.Id, GeneratedList(size, seed: size), relevant, cancellationToken);
            }
        }

        context.CountChange("demo online services created", created);
    }

    private async Task<int> SeedTenantAsync(Guid tenantId, IReadOnlyList<PlannedService> list, List<LeiKaService> relevant, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(tenantId))
        {
            if ((await services.GetNumbersAsync(cancellationToken)).Count > 0)
            {
                return 0;
            }

            var units = (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Code, StringComparer.Ordinal);
            var measureIds = (await measures.GetNumberMapAsync(cancellationToken)).ToDictionary(m => m.Value, m => m.Key, StringComparer.Ordinal);
            var dates = (await periods.GetAllAsync(cancellationToken)).Select(p => p.ReportingDate).ToHashSet();
            if (units.Count == 0)
            {
                return 0;
            }

            var random = new Random(list.Count);
            var fallbackUnit = units.Values.First(u => u.BusinessAreaId is not null || units.Count == 1);
            var created = await serviceManager.CreateManyAsync(
                list.Select(p => (p.Number, units.GetValueOrDefault(p.Office ?? string.Empty, fallbackUnit).Id, p.Title ?? $"Online-Dienst {p.Number}", p.Way)).ToList(),
                cancellationToken);
            for (var i = 0; i < list.Count; i++)
            {
                var planned = list[i];
                var service = created[i];
                if (planned.Title is null && relevant.Count > 0)
                {
                    // A generated service is named after the catalogue entry it implements.
                    var entry = relevant[random.Next(relevant.Count)];
                    service.SetTitle(entry.Name);
                    service.MapToLeiKa([entry]);
                }
                else if (planned.LeiKaWord is { } word && (await catalog.SearchLeiKaAsync(word, 1, cancellationToken)).FirstOrDefault() is { Service: var found })
                {
                    service.MapToLeiKa([found]);
                }

                Guid? measureId = planned.Measure is { } measureNumber && measureIds.TryGetValue(measureNumber, out var id) ? id : null;
                service.LinkToMeasure(measureId);
                foreach (var (date, status) in planned.Statuses.Where(s => dates.Contains(s.Date)))
                {
                    service.RecordStatus(date, status);
                }

                service.MarkAsDemo();
                await services.InsertAsync(service, cancellationToken);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            return list.Count;
        }
    }

    internal static IReadOnlyList<PlannedService> MindenList()
    {
        var list = MindenSamples
            .Select(s => new PlannedService(s.Number, s.Office, s.Title, s.Way, s.Measure, s.LeiKa, [(March2023, Parse(s.March)), (September2023, Parse(s.September))]))
            .ToList();
        var offices = new[] { "0.1", "2.1", "0.53", "1.1", "1.2", "S2", "7.2" };
        var ways = Enum.GetValues<ImplementationWay>();
        var random = new Random(129);
        var number = list.Count;
        foreach (var (march, september, count) in MindenGeneratedMoves)
        {
            for (var i = 0; i < count; i++)
            {
                number++;
                list.Add(new PlannedService($"OD {number:D3}", offices[random.Next(offices.Length)], null, ways[random.Next(ways.Length)], null, null,
                    [(March2023, Parse(march)), (September2023, Parse(september))]));
            }
        }

        return list;
    }

    /// <summary>A smaller list with statuses that only move forward over the demo's four reporting dates.</summary>
    private static IReadOnlyList<PlannedService> GeneratedList(int size, int seed)
    {
        var random = new Random(seed);
        var offices = new[] { "0.1", "2.1", "0.53", "1.1", "1.2", "S2", "7.2" };
        var ways = Enum.GetValues<ImplementationWay>();
        return Enumerable.Range(1, size).Select(n =>
        {
            var status = (ServiceStatus)random.Next(1, 3);
            var statuses = DemoPortfolioDataSeedContributor.ReportingDates.Select(date =>
            {
                status = (ServiceStatus)Math.Min(3, (int)status + (random.NextDouble() < 0.25 ? 1 : 0));
                return (date, (ServiceStatus?)status);
            }).ToList();
            return new PlannedService($"OD {n:D3}", offices[random.Next(offices.Length)], null, ways[random.Next(ways.Length)], null, null, statuses);
        }).ToList();
    }

    private static ServiceStatus? Parse(string letter) => ServiceStatusExtensions.TryParseLetter(letter, out var status) ? status : null;

    internal sealed record PlannedService(
        string Number,
        string? Office,
        string? Title,
        ImplementationWay Way,
        string? Measure,
        string? LeiKaWord,
        IReadOnlyList<(DateOnly Date, ServiceStatus? Status)> Statuses);
}

using OwlDigital.Data;
using OwlDigital.MultiTenancy;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.Portfolios;

/// <summary>
/// Demo portfolios for the run command's demo mode (never in production: it runs only when the
/// seeding carries a demo password). Minden gets the sample rows of its published measures plan
/// (seed 000, Anlage 4) plus generated measures (fixed random seed) so that its council report for
/// 30.09.2023 shows the published totals: 149 measures, P 59 / E 43 / U 47 with progress sums
/// 89 / 230 / 421, and 233 measures by year reported. Other demo tenants get smaller generated
/// plans. Every measure is marked as demo data. A tenant that has measures is left alone.
/// </summary>
public sealed class DemoPortfolioDataSeedContributor(
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    OrgUnitManager orgUnitManager,
    IOrgUnitRepository orgUnits,
    MeasureManager measureManager,
    IMeasureRepository measures,
    IReportingPeriodRepository periods,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string MindenAgs = "05770024";

    public static readonly DateOnly[] ReportingDates = [new(2022, 3, 31), new(2022, 9, 30), new(2023, 3, 31), new(2023, 9, 30)];

    /// <summary>The other demo tenants and the size of their generated plans.</summary>
    private static readonly IReadOnlyDictionary<string, int> GeneratedPlanSizes = new Dictionary<string, int>
    {
        ["05711000"] = 60,
        ["05774032"] = 45,
        ["05766"] = 25,
    };

    private static readonly (string Code, string Name, (string Code, string Name)[] Offices)[] MindenOrgUnits =
    [
        ("I", "Zentrale Steuerung", [("0.1", "Zentraler Steuerungsdienst")]),
        ("II", "Bürgerdienste, Sicherheit und Ordnung, Soziales, Jugend", [("2.1", "Bürgerdienste")]),
        ("III", "Finanzen, Gebäudewirtschaft", [("0.53", "Finanzbuchhaltung")]),
        ("IV", "Bildung, Kultur, Sport und Freizeit", [("1.1", "Kultur und Sport"), ("1.2", "Bildung")]),
        ("VI", "Städtische Betriebe Minden", [("S2", "Betriebshof")]),
        ("VII", "Personal und Organisation", [("7.2", "Organisation")]),
    ];

    // The sample rows of Anlage 4 (seed 000): number, year reported, office, title, description, planned introduction, progress 03.22, 09.22, 03.23, 09.23.
    private static readonly (string Number, string Year, string Office, string Title, string Description, string Planned, string[] Values)[] MindenSamples =
    [
        ("MP 011", "2021", "0.1", "Online-Bürgerbeteiligung", "Das Beteiligungsportal NRW dient der Online-Bürgerbeteiligung in formellen und informellen Verfahren.", "2022", ["8", "9", "10", "10"]),
        ("MP 020", "2022", "0.1", "CRM-System zur Verwaltung von Firmendaten", "Ablösung des vorhandenen Systems zur Digitalisierung der Kundenbeziehungen der Wirtschaftsförderung (Kontakte, Serienmails, Terminverwaltung) mit erweiterten Funktionen", "2023", ["", "2", "2", "5"]),
        ("MP 029", "2022", "2.1", "Einführung Online-Dienst Einbürgerung", "Nachnutzung Efa-Dienst", "2024", ["", "1", "2", "2"]),
        ("MP 078", "2020-U(10)", "0.53", "Metastorm e-work", "Elektronischer Rechnungsworkflow, Schnittstellen zu Finanzsoftware und DMS Nscale", "2010-2012", ["10", "10", "10", "10"]),
        ("MP 093", "2021", "1.1", "Antragsverfahren Kultur- und Sportförderung", "Anträge bzw. Verwendungsnachweise können online ausgefüllt/gestellt werden", "2022", ["6", "8", "9", "9"]),
        ("MP 097", "2021", "1.2", "Schulraumvergabe", "Belegungsmanagement, Online Lösung für Interessenten zur Buchung von Schulräumen", "2023", ["1", "5", "5", "9"]),
        ("MP 184", "2021", "S2", "An-/Abmeldung von Mülltonnen", "Bestellung oder Abbestellung von Mülltonnen per Online-Antrag", "2022", ["2", "10", "10", "10"]),
        ("MP 240", "2023", "7.2", "Ticket-System für die Informationstechnik", "Einführung eines Ticket System für Anfragen der User an die Informationstechnik", "2023", ["", "", "", "5"]),
    ];

    private static readonly string[] Topics =
    [
        "Online-Antrag Anwohnerparkausweis", "E-Akte im Fachbereich", "Digitale Posteingangsbearbeitung", "Online-Terminvereinbarung", "Elektronische Rechnung (XRechnung)",
        "Digitaler Bauantrag", "Online-Gewerbeanmeldung", "Ratsinformationssystem mobil", "Dokumentenmanagement Ordnungsbehörde", "Online-Bezahlung (ePayBL)",
        "Digitale Personalakte", "Low-Code-Plattform für Fachverfahren", "Online-Anmeldung Kita-Platz", "Digitales Fundbüro", "Hundesteuer online",
        "Prozessmodellierung Beschaffung", "Mobiles Arbeiten Außendienst", "Open-Data-Portal", "LoRaWAN-Sensorik Pegelstände", "Elektronische Vergabe",
        "Digitale Schulanmeldung", "Online-Sperrmüllanmeldung", "Chatbot Bürgerservice", "Geodaten-Auskunft online", "Digitales Zeiterfassungssystem",
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.DemoUserPassword is null)
        {
            return;
        }

        var created = 0;
        if (await tenants.FindByAgsAsync(MindenAgs, cancellationToken) is { } minden)
        {
            created += await SeedTenantAsync(minden.Id, MindenOrgUnits, MindenPlan(), cancellationToken);
        }

        foreach (var (ags, size) in GeneratedPlanSizes)
        {
            if (await tenants.FindByAgsAsync(ags, cancellationToken) is { } tenant)
            {
                created += await SeedTenantAsync(tenant.Id, MindenOrgUnits, GeneratedPlan(size, seed: size), cancellationToken);
            }
        }

        context.CountChange("demo measures created", created);
    }

    private async Task<int> SeedTenantAsync(
        Guid tenantId,
        (string Code, string Name, (string Code, string Name)[] Offices)[] structure,
        IReadOnlyList<PlannedMeasure> plan,
        CancellationToken cancellationToken)
    {
        using (currentTenant.Change(tenantId))
        {
            if ((await measures.GetAllWithProgressAsync(cancellationToken)).Count > 0)
            {
                return 0;
            }

            var officeIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
            foreach (var (code, name, offices) in structure)
            {
                var area = await orgUnits.FindByCodeAsync(code, cancellationToken) ?? await InsertOrgUnitAsync(code, name, null, cancellationToken);
                foreach (var (officeCode, officeName) in offices)
                {
                    officeIds[officeCode] = (await orgUnits.FindByCodeAsync(officeCode, cancellationToken) ?? await InsertOrgUnitAsync(officeCode, officeName, area.Id, cancellationToken)).Id;
                }
            }

            foreach (var planned in plan)
            {
                YearReported.TryParse(planned.Year, out var year);
                var measure = await measureManager.CreateAsync(planned.Number, year, officeIds[planned.Office], planned.Title, planned.Benefits, cancellationToken);
                measure.SetDetails(planned.Description, planned.PlannedIntroduction, null);
                for (var i = 0; i < ReportingDates.Length; i++)
                {
                    ProgressValue.TryParse(planned.Values[i], out var value);
                    measure.ReportProgress(ReportingDates[i], value);
                }

                measure.MarkAsDemo();
                await measures.InsertAsync(measure, cancellationToken);
            }

            foreach (var date in ReportingDates)
            {
                if (await periods.FindByDateAsync(date, cancellationToken) is null)
                {
                    var period = new ReportingPeriod(Guid.NewGuid(), date);
                    period.Close();
                    await periods.InsertAsync(period, cancellationToken);
                }
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            return plan.Count;
        }
    }

    private async Task<OrgUnit> InsertOrgUnitAsync(string code, string name, Guid? businessAreaId, CancellationToken cancellationToken)
    {
        var orgUnit = await orgUnitManager.CreateAsync(code, name, businessAreaId, cancellationToken);
        await orgUnits.InsertAsync(orgUnit, cancellationToken);

        // Saved at once: an office needs its business area, a measure its office, to be found.
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return orgUnit;
    }

    /// <summary>
    /// The samples plus generated measures: 84 already implemented in 2020, and per year 39 / 71 / 18 / 21
    /// (samples included), whose values at 30.09.2023 add up to the published counts and sums.
    /// </summary>
    internal static IReadOnlyList<PlannedMeasure> MindenPlan()
    {
        var random = new Random(2023);
        var plan = MindenSamples
            .Select(s => new PlannedMeasure(s.Number, s.Year, s.Office, s.Title, s.Description, s.Planned, BenefitCategories.ServiceImprovement, s.Values))
            .ToList();
        var offices = MindenOrgUnits.SelectMany(a => a.Offices).Select(o => o.Code).ToArray();
        var used = plan.Select(p => p.Number).ToHashSet();
        var number = 0;
        string NextNumber()
        {
            do
            {
                number++;
            }
            while (used.Contains($"MP {number:D3}"));
            used.Add($"MP {number:D3}");
            return $"MP {number:D3}";
        }

        PlannedMeasure Generated(string year, string[] values) => new(
            NextNumber(), year, offices[random.Next(offices.Length)], Topics[random.Next(Topics.Length)], null, year == "2020-U(10)" ? "2015-2019" : year,
            (BenefitCategories)random.Next(1, 8), values);

        for (var i = 0; i < 83; i++)
        {
            plan.Add(Generated("2020-U(10)", ["10", "10", "10", "10"]));
        }

        // Per year the published count less the samples of that year.
        var years = new (string Year, int Count)[] { ("2020", 39), ("2021", 71 - 4), ("2022", 18 - 2), ("2023", 21 - 1) }
            .SelectMany(y => Enumerable.Repeat(y.Year, y.Count));

        // Older measures are further along: the oldest 43 are implemented, the next 41 being introduced,
        // the rest planned; together with the samples they make the published 30.09.2023 figures.
        var ordered = years.Select(year => (Year: year, Order: random.NextDouble())).OrderBy(g => g.Year).ThenBy(g => g.Order).ToList();
        var implemented = Distribute(random, count: 43, sum: 421 - 38, min: 8, max: 10);
        var introducing = Distribute(random, count: 41, sum: 230 - 10, min: 4, max: 7);
        var planned = Distribute(random, count: 58, sum: 89 - 2, min: 0, max: 3);
        var september = implemented.Concat(introducing).Concat(planned).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            plan.Add(Generated(ordered[i].Year, History(random, ordered[i].Year, september[i])));
        }

        return plan;
    }

    internal static IReadOnlyList<PlannedMeasure> GeneratedPlan(int size, int seed)
    {
        var random = new Random(seed);
        var offices = MindenOrgUnits.SelectMany(a => a.Offices).Select(o => o.Code).ToArray();
        string[] years = ["2020", "2021", "2022", "2023"];
        return Enumerable.Range(1, size)
            .Select(i =>
            {
                var year = years[random.Next(years.Length)];
                return new PlannedMeasure(
                    $"MP {i:D3}", year, offices[random.Next(offices.Length)], Topics[random.Next(Topics.Length)], null, year,
                    (BenefitCategories)random.Next(1, 8), History(random, year, random.Next(0, 11)));
            })
            .ToList();
    }

    // Values that add up to the sum exactly: everyone starts at the minimum, the rest is handed out one by one.
    private static List<int> Distribute(Random random, int count, int sum, int min, int max)
    {
        var values = Enumerable.Repeat(min, count).ToList();
        for (var rest = sum - (min * count); rest > 0; rest--)
        {
            var candidates = Enumerable.Range(0, count).Where(i => values[i] < max).ToList();
            values[candidates[random.Next(candidates.Count)]]++;
        }

        return values;
    }

    // Progress only grows: earlier dates hold the same value or less; a measure reports from the September of its year.
    private static string[] History(Random random, string year, int september2023)
    {
        var firstDate = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) switch
        {
            <= 2021 => 0,
            2022 => 1,
            _ => 3,
        };
        var values = new string[ReportingDates.Length];
        var value = september2023;
        for (var i = ReportingDates.Length - 1; i >= 0; i--)
        {
            values[i] = i >= firstDate ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            value = Math.Max(0, value - random.Next(0, 3));
        }

        return values;
    }

    internal sealed record PlannedMeasure(
        string Number,
        string Year,
        string Office,
        string Title,
        string? Description,
        string PlannedIntroduction,
        BenefitCategories Benefits,
        string[] Values);
}

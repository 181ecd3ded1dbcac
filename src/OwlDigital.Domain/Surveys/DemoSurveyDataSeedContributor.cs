using OwlDigital.Data;
using OwlDigital.MultiTenancy;
using OwlDigital.Profiles;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.Surveys;

/// <summary>
/// Two demo survey rounds (run command's demo mode only), both closed and published. The first,
/// "Erhebung 2022/23", reproduces what the DigitalBüro's evaluation states in its text (seed 004):
/// 34 authorities with a central scan office, 13 of them only for the invoice workflow; 67
/// municipalities that build their own forms, 61 of them with Form-Solutions; regio iT/nextgov iT the
/// most common service portal, then optiGov; LoRaWAN in Delbrück and the districts of Lippe and
/// Paderborn, more in the south of OWL. Everything else is generated with a fixed random seed. The
/// second, "Erhebung 2024/25", moves on from the first so that trends show.
/// </summary>
public sealed class DemoSurveyDataSeedContributor(
    ITenantRepository tenants,
    ISurveyRepository surveys,
    ICurrentTenant currentTenant,
    SurveyPublicationManager publications,
    TimeProvider timeProvider,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string FirstRound = "Erhebung 2022/23";
    public const string SecondRound = "Erhebung 2024/25";

    /// <summary>LoRaWAN in use according to the seed: Delbrück, Kreis Lippe, Kreis Paderborn.</summary>
    public static readonly string[] LoRaWanPioneers = ["05774020", "05766", "05774"];

    private static readonly string[] SouthernDistricts = ["05762", "05766", "05774"];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.DemoUserPassword is null || (await surveys.GetRoundsAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var all = (await tenants.GetAllAsync(cancellationToken)).OrderBy(t => t.Ags, StringComparer.Ordinal).ToList();
        if (all.Count == 0)
        {
            return;
        }

        var questions = ProfileQuestions.All.Select(q => q.Id).ToList();
        var first = new SurveyRound(Guid.NewGuid(), FirstRound, new DateOnly(2022, 10, 6), new DateOnly(2023, 7, 27), SurveyConsts.DefaultMinGroupSize, questions);
        var second = new SurveyRound(Guid.NewGuid(), SecondRound, new DateOnly(2024, 10, 1), new DateOnly(2025, 6, 30), SurveyConsts.DefaultMinGroupSize, questions);
        await surveys.InsertRoundAsync(first, cancellationToken);
        await surveys.InsertRoundAsync(second, cancellationToken);
        first.Open();
        second.Open();
        await unitOfWork.SaveChangesAsync(cancellationToken);

        var firstAnswers = FirstRoundAnswers(all);
        var random = new Random(2025);
        var recorded = new List<(Tenant Tenant, SurveyResponse First, SurveyResponse Second)>();
        foreach (var tenant in all)
        {
            var (answers, onlineCount) = firstAnswers[tenant.Id];
            var (later, laterCount) = MoveOn(answers, onlineCount, random);
            using (currentTenant.Change(tenant.Id))
            {
                recorded.Add((tenant, await RecordAsync(first, answers, onlineCount, cancellationToken), await RecordAsync(second, later, laterCount, cancellationToken)));
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }

        var now = timeProvider.GetUtcNow();
        first.Close(now);
        second.Close(now);
        await unitOfWork.SaveChangesAsync(cancellationToken);

        // The review window: most tenants confirm their data (every fifth leaves it unreviewed).
        foreach (var entry in recorded.Where((_, index) => index % 5 != 4))
        {
            using (currentTenant.Change(entry.Tenant.Id))
            {
                entry.First.ConfirmReview(first, "DigitalBüro OWL (Demo)", now);
                entry.Second.ConfirmReview(second, "DigitalBüro OWL (Demo)", now);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
        }

        await publications.PublishAsync(first, cancellationToken);
        await publications.PublishAsync(second, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        context.CountChange("demo survey responses created", all.Count * 2);
    }

    private async Task<SurveyResponse> RecordAsync(SurveyRound round, Dictionary<string, ProfileAnswer?> answers, int onlineCount, CancellationToken cancellationToken)
    {
        var response = new SurveyResponse(Guid.NewGuid(), round.Id, null);
        response.Record(round, answers, new Dictionary<string, decimal> { ["online.count"] = onlineCount }, null, "DigitalBüro OWL (Demo)", ResponseEntryRole.Interviewer, timeProvider.GetUtcNow());
        response.SignOff(round, "DigitalBüro OWL (Demo)", timeProvider.GetUtcNow());
        await surveys.InsertResponseAsync(response, cancellationToken);
        return response;
    }

    /// <summary>The first round's answers per tenant, with the figures the seed states placed on fixed tenants of a shuffled order.</summary>
    internal static Dictionary<Guid, (Dictionary<string, ProfileAnswer?> Answers, int OnlineCount)> FirstRoundAnswers(IReadOnlyList<Tenant> all)
    {
        var random = new Random(2023);
        var shuffled = all.OrderBy(_ => random.Next()).ToList();
        var municipalities = shuffled.Where(t => t.Kind != TenantKind.District).ToList();

        // 34 scan offices, 13 of them for invoices only.
        var scan = shuffled.Select((t, i) => (t.Id, Value: i < 13 ? "invoicesOnly" : i < 34 ? "yes" : "no")).ToDictionary(x => x.Id, x => x.Value);

        // 67 of the 70 municipalities build their own forms; 61 of those use Form-Solutions.
        var ownForms = municipalities.Take(67).Select(t => t.Id).ToList();
        var formSolutions = ownForms.Take(61).ToHashSet();
        string[] otherTools = ["Formcycle", "cit intelliForm", "Eigenentwicklung"];
        string[] portals = ["regio iT/nextgov iT", "optiGov", "Serviceportal.NRW", "Komm.ONE"];

        var result = new Dictionary<Guid, (Dictionary<string, ProfileAnswer?>, int)>();
        foreach (var (tenant, index) in shuffled.Select((t, i) => (t, i)))
        {
            var south = SouthernDistricts.Contains(tenant.DistrictKey);
            var lora = LoRaWanPioneers.Contains(tenant.Ags) ? "inUse"
                : random.NextDouble() < (south ? 0.25 : 0.05) ? "inUse"
                : random.NextDouble() < (south ? 0.35 : 0.2) ? "planned" : "no";
            var dms = random.NextDouble() switch { < 0.8 => "inUse", < 0.95 => "planned", _ => "none" };
            var answers = new Dictionary<string, ProfileAnswer?>
            {
                // regio iT/nextgov iT before optiGov, then the rest (index order keeps the ranking stable).
                ["portal.vendors"] = new(Values: [portals[index % 10 < 5 ? 0 : index % 10 < 8 ? 1 : 2 + (index % 2)]]),
                ["portal.since"] = new(Number: random.Next(2015, 2023)),
                ["portal.listing"] = new(Text: random.NextDouble() < 0.5 ? "online" : random.NextDouble() < 0.5 ? "all" : "important"),
                ["online.appointments"] = new(Flag: random.NextDouble() < 0.6),
                ["online.ownForms"] = new(Flag: ownForms.Contains(tenant.Id)),
                ["online.formTools"] = ownForms.Contains(tenant.Id) ? new(Values: [formSolutions.Contains(tenant.Id) ? "Form-Solutions" : otherTools[index % otherTools.Length]]) : null,
                ["online.formFormats"] = new(Values: random.NextDouble() < 0.7 ? ["smart", "fillablePdf"] : ["fillablePdf"]),
                ["online.formExchange"] = new(Text: random.NextDouble() < 0.4 ? "takesPart" : random.NextDouble() < 0.6 ? "willing" : "no"),
                ["dms.state"] = new(Text: dms),
                ["dms.workstationShare"] = dms == "inUse" ? new(Number: random.Next(0, 21) * 5) : null,
                ["dms.scanOffice"] = new(Text: scan[tenant.Id]),
                ["dms.replacingScan"] = new(Flag: scan[tenant.Id] != "no" && random.NextDouble() < 0.5),
                ["lora.state"] = new(Text: lora),
                ["lora.useCases"] = lora == "inUse" ? new(Values: random.NextDouble() < 0.5 ? ["Pegelmessung", "Parkraum"] : ["Schulraum-Klima"]) : null,
                ["data.kinds"] = new(Values: random.NextDouble() < 0.7 ? ["gis"] : random.NextDouble() < 0.5 ? ["gis", "openNrw"] : ["none"]),
                ["org.cdo"] = new(Flag: random.NextDouble() < 0.7),
                ["org.strategy"] = new(Text: random.NextDouble() switch { < 0.35 => "own", < 0.55 => "joint", < 0.8 => "planned", _ => "none" }),
                ["org.focusThisYear"] = new(Values: random.NextDouble() < 0.5 ? ["E-Akte", "Online-Dienste"] : ["Online-Dienste"]),
            };
            result[tenant.Id] = (answers, tenant.Kind == TenantKind.District ? random.Next(5, 40) : random.Next(5, 130));
        }

        return result;
    }

    /// <summary>Two years on: more online services, more DMS workstations, more LoRaWAN, a few more CDOs.</summary>
    private static (Dictionary<string, ProfileAnswer?> Answers, int OnlineCount) MoveOn(Dictionary<string, ProfileAnswer?> before, int onlineCount, Random random)
    {
        var after = new Dictionary<string, ProfileAnswer?>(before);
        if (before["lora.state"]?.Text == "planned" && random.NextDouble() < 0.5)
        {
            after["lora.state"] = new(Text: "inUse");
            after["lora.useCases"] = new(Values: ["Pegelmessung"]);
        }

        if (before["dms.workstationShare"]?.Number is { } share)
        {
            after["dms.workstationShare"] = new(Number: Math.Min(100, share + (random.Next(0, 5) * 5)));
        }

        if (before["org.cdo"]?.Flag == false && random.NextDouble() < 0.3)
        {
            after["org.cdo"] = new(Flag: true);
        }

        return (after, onlineCount + random.Next(0, 40));
    }
}

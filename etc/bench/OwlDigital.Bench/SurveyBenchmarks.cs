using System.Globalization;
using System.Text;
using Npgsql;
using static OwlDigital.Bench.ServiceBenchmarks;

namespace OwlDigital.Bench;

/// <summary>
/// The benchmark report of a round against one SQL aggregation of the same answers: at the
/// region's 76 tenants (the demo round), and at nationwide scale, where every municipality of the
/// federal register (GV100AD, about 11,000) is added as a synthetic tenant whose response repeats
/// one of the demo answers.
/// </summary>
internal static class SurveyBenchmarks
{
    /// <summary>Counts every answer of a round's signed-off responses: what the report counts, in one statement.</summary>
    private const string AggregationSql = """
        SELECT a.key, coalesce(a.value->>'text', a.value->>'flag', a.value->>'number'), count(*)
        FROM survey_responses r CROSS JOIN LATERAL jsonb_each(r.answers) a
        WHERE r.round_id = @round AND r.signed_off_at IS NOT NULL AND NOT a.value ? 'values'
        GROUP BY 1, 2
        UNION ALL
        SELECT a.key, v, count(*)
        FROM survey_responses r CROSS JOIN LATERAL jsonb_each(r.answers) a CROSS JOIN LATERAL jsonb_array_elements_text(a.value->'values') v
        WHERE r.round_id = @round AND r.signed_off_at IS NOT NULL
        GROUP BY 1, 2
        """;

    /// <summary>The demo round under concurrent load, as the analyst sees it (counted live): p50/p95 of the API against the SQL aggregation.</summary>
    public static Task ReportAsync(HttpClient analyst, string ownerConnectionString, int requests, Func<Func<Task>, int, Task<double[]>> run) =>
        MeasureDemoReportAsync(analyst, ownerConnectionString, requests, run, "survey report, demo round, 76 tenants x 37 questions", "ratio API / raw SQL");

    /// <summary>
    /// The same round as a tenant sees it: the figures fixed (and protected) when the round was
    /// published, read instead of counted, against the same SQL aggregation.
    /// </summary>
    public static Task TenantReportAsync(HttpClient tenant, string ownerConnectionString, int requests, Func<Func<Task>, int, Task<double[]>> run) =>
        MeasureDemoReportAsync(tenant, ownerConnectionString, requests, run, "survey report, tenant view (figures fixed at publication), demo round", "ratio tenant view / raw SQL");

    private static async Task MeasureDemoReportAsync(
        HttpClient client, string ownerConnectionString, int requests, Func<Func<Task>, int, Task<double[]>> run, string heading, string ratioLabel)
    {
        await using var owner = NpgsqlDataSource.Create(ownerConnectionString);
        var roundId = await DemoRoundAsync(owner);
        var sql = await run(() => AggregateAsync(owner, roundId), requests);
        var api = await run(() => ServiceBenchmarks.GetAsync(client, $"/api/survey/rounds/{roundId}/report"), requests);
        Console.WriteLine();
        Console.WriteLine($"{heading} ({requests} requests):");
        Console.WriteLine($"  GET /api/survey/rounds/{{id}}/report  p50 {Percentile(api, 0.5),8:0.00} ms  p95 {Percentile(api, 0.95),8:0.00} ms");
        Console.WriteLine($"  raw SQL aggregation (jsonb)          p50 {Percentile(sql, 0.5),8:0.00} ms  p95 {Percentile(sql, 0.95),8:0.00} ms");
        Console.WriteLine($"  {ratioLabel}: p50 {Percentile(api, 0.5) / Percentile(sql, 0.5):0.0}x");
    }

    /// <summary>
    /// One request at a time (the report at scale is a heavy, rare read, not a concurrent one): the
    /// demo round at 76 tenants, then a round answered by every municipality of Germany. Runs last,
    /// because the synthetic tenants would change every other benchmark.
    /// </summary>
    public static async Task ScaleAsync(HttpClient analyst, string ownerConnectionString, string registerFile, int repetitions)
    {
        await using var owner = NpgsqlDataSource.Create(ownerConnectionString);
        var demoRound = await DemoRoundAsync(owner);
        var small = await MeasureAsync(analyst, owner, demoRound, repetitions);

        var added = await AddRegisterTenantsAsync(owner, registerFile);
        var (scaleRound, responses) = await AddNationwideRoundAsync(owner, demoRound);
        var large = await MeasureAsync(analyst, owner, scaleRound, repetitions);

        Console.WriteLine();
        Console.WriteLine($"survey report at scale, one request at a time, median of {repetitions} (after one warm-up):");
        Console.WriteLine($"  {"tenants",8} {"API ms",10} {"SQL ms",10} {"API/SQL",8}");
        Console.WriteLine($"  {76,8} {small.Api,10:0.0} {small.Sql,10:0.0} {small.Api / small.Sql,7:0.0}x");
        Console.WriteLine($"  {responses,8} {large.Api,10:0.0} {large.Sql,10:0.0} {large.Api / large.Sql,7:0.0}x   ({added:N0} synthetic tenants from GV100AD)");
        Console.WriteLine($"  {responses:N0} / 76 tenants ({(double)responses / 76:0}x the data): API {large.Api / small.Api:0.0}x the time, SQL {large.Sql / small.Sql:0.0}x the time");
    }

    private static async Task<(double Api, double Sql)> MeasureAsync(HttpClient analyst, NpgsqlDataSource owner, Guid roundId, int repetitions)
    {
        await ServiceBenchmarks.GetAsync(analyst, $"/api/survey/rounds/{roundId}/report");
        await AggregateAsync(owner, roundId);
        var (api, sql) = (new List<double>(), new List<double>());
        for (var i = 0; i < repetitions; i++)
        {
            api.Add(await TimeAsync(() => ServiceBenchmarks.GetAsync(analyst, $"/api/survey/rounds/{roundId}/report")));
            sql.Add(await TimeAsync(() => AggregateAsync(owner, roundId)));
        }

        return (Median(api), Median(sql));
    }

    private static async Task AggregateAsync(NpgsqlDataSource owner, Guid roundId)
    {
        await using var command = owner.CreateCommand(AggregationSql);
        command.Parameters.AddWithValue("round", roundId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static async Task<Guid> DemoRoundAsync(NpgsqlDataSource owner)
    {
        await using var command = owner.CreateCommand("SELECT id FROM survey_rounds ORDER BY period_start LIMIT 1");
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Every municipality (record type 60) of the federal register that is not a tenant yet, copied
    /// into the tenants table directly: the application admits OWL keys only, rightly, so the
    /// synthetic nation goes around it. Fixed-width positions from the register's description.
    /// </summary>
    private static async Task<int> AddRegisterTenantsAsync(NpgsqlDataSource owner, string registerFile)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = owner.CreateCommand("SELECT ags FROM tenants"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                existing.Add(reader.GetString(0));
            }
        }

        var rows = new StringBuilder();
        var added = 0;
        foreach (var line in await File.ReadAllLinesAsync(registerFile, Encoding.UTF8))
        {
            if (!line.StartsWith("60", StringComparison.Ordinal) || line.Length < 150)
            {
                continue;
            }

            var ags = line[10..18];
            if (!existing.Add(ags))
            {
                continue;
            }

            var ars = line[10..15] + line[18..22] + line[15..18];
            var name = line[22..72].Trim().Replace("\"", "\"\"", StringComparison.Ordinal);
            var population = int.Parse(line[139..150], CultureInfo.InvariantCulture);
            rows.Append(CultureInfo.InvariantCulture, $"{Guid.NewGuid()},\"{name}\",Municipality,{ags},{ars},{ags[..5]},{population},0,0,{Guid.NewGuid():N},{DateTimeOffset.UtcNow:O}\n");
            added++;
        }

        await using var connection = await owner.OpenConnectionAsync();
        await using (var writer = await connection.BeginTextImportAsync(
            "COPY tenants (id, name, kind, ags, ars, district_key, population, latitude, longitude, concurrency_stamp, creation_time) FROM STDIN (FORMAT csv)"))
        {
            await writer.WriteAsync(rows.ToString());
        }

        return added;
    }

    /// <summary>A published round like the demo round, answered and signed off by every tenant with one of the demo answers in turn.</summary>
    private static async Task<(Guid Round, int Responses)> AddNationwideRoundAsync(NpgsqlDataSource owner, Guid demoRound)
    {
        var round = Guid.NewGuid();
        await using (var command = owner.CreateCommand("""
            INSERT INTO survey_rounds (id, name, period_start, period_end, min_group_size, state, question_ids, closed_at, published_at, concurrency_stamp, creation_time)
            SELECT @round, 'Bundesweit (synthetisch)', period_start + 1000, period_end + 1000, min_group_size, 4, question_ids, now(), now(), md5(random()::text), now()
            FROM survey_rounds WHERE id = @demo
            """))
        {
            command.Parameters.AddWithValue("round", round);
            command.Parameters.AddWithValue("demo", demoRound);
            await command.ExecuteNonQueryAsync();
        }

        await using (var command = owner.CreateCommand("""
            WITH demo AS (
                SELECT answers, derived, row_number() OVER (ORDER BY tenant_id) - 1 AS i
                FROM survey_responses WHERE round_id = @demo AND signed_off_at IS NOT NULL),
            size AS (SELECT count(*) AS n FROM demo),
            tenant AS (SELECT id, row_number() OVER (ORDER BY ags) - 1 AS i FROM tenants WHERE is_active)
            INSERT INTO survey_responses (id, tenant_id, round_id, answers, derived, entered_as, signed_off_at, signed_off_by_name, concurrency_stamp, creation_time)
            SELECT gen_random_uuid(), tenant.id, @round, demo.answers, demo.derived, 1, now(), 'benchmark', md5(random()::text), now()
            FROM tenant CROSS JOIN size JOIN demo ON demo.i = tenant.i % size.n
            """))
        {
            command.Parameters.AddWithValue("round", round);
            command.Parameters.AddWithValue("demo", demoRound);
            command.CommandTimeout = 300;
            var responses = await command.ExecuteNonQueryAsync();
            await using var analyze = owner.CreateCommand("ANALYZE tenants; ANALYZE survey_responses");
            await analyze.ExecuteNonQueryAsync();
            return (round, responses);
        }
    }
}

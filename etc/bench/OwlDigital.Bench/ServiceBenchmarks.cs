using System.Diagnostics;
using Npgsql;

namespace OwlDigital.Bench;

/// <summary>
/// The online-services benchmarks: the 5,249-row LeiKa file through the catalogue import against
/// PostgreSQL COPY of the same file, and the regional availability over 76 tenants against the raw
/// SQL that finds the same pairs of tenant and OZG service.
/// </summary>
internal static class ServiceBenchmarks
{
    public static async Task CatalogImportAsync(HttpClient admin, NpgsqlDataSource dataSource, string sharedData)
    {
        var ozgFile = await File.ReadAllBytesAsync(Path.Combine(sharedData, "kdn_ozg_leistungen.csv"));
        var leikaFile = await File.ReadAllBytesAsync(Path.Combine(sharedData, "kdn_leika_leistungen_ozg_mapping.csv"));
        await PostAsync(admin, "/api/catalog/imports", ozgFile);

        // The first import creates the 5,249 entries; later ones find every row unchanged.
        var first = await TimeAsync(() => PostAsync(admin, "/api/catalog/imports", leikaFile));
        var again = new List<double>();
        var copy = new List<double>();
        for (var round = 0; round < 5; round++)
        {
            again.Add(await TimeAsync(() => PostAsync(admin, "/api/catalog/imports", leikaFile)));
            copy.Add(await TimeAsync(() => CopyAsync(dataSource, leikaFile)));
        }

        var (againMedian, copyMedian) = (Median(again), Median(copy));
        Console.WriteLine();
        Console.WriteLine($"LeiKa import, 5,249 rows, first (creates all):        {first,8:0.0} ms");
        Console.WriteLine($"LeiKa import, same file again (median of 5, no change): {againMedian,8:0.0} ms");
        Console.WriteLine($"PostgreSQL COPY of the same file (median of 5):        {copyMedian,8:0.0} ms");
        Console.WriteLine($"ratio first import / COPY: {first / copyMedian:0.0}x; re-import / COPY: {againMedian / copyMedian:0.0}x");
    }

    public static async Task RegionalAsync(HttpClient analyst, string ownerConnectionString, NpgsqlDataSource dataSource, int requests, Func<Func<Task>, int, Task<double[]>> run)
    {
        // 60 services per tenant, each mapped to an OZG service and with a status at two dates.
        await using (var owner = NpgsqlDataSource.Create(ownerConnectionString))
        {
            await using var command = owner.CreateCommand("""
                INSERT INTO org_units (id, tenant_id, code, name, concurrency_stamp, creation_time)
                SELECT gen_random_uuid(), t.id, 'BENCH', 'Benchmark', 'x', now() FROM tenants t
                WHERE NOT EXISTS (SELECT 1 FROM org_units o WHERE o.tenant_id = t.id AND o.code = 'BENCH');
                INSERT INTO online_services (id, tenant_id, number, org_unit_id, title, implementation, ozg_service_id, is_demo, concurrency_stamp, creation_time)
                SELECT gen_random_uuid(), o.tenant_id, 'OD ' || (9000 + n), o.id, 'Benchmark ' || n, 5,
                       (SELECT id FROM ozg_services ORDER BY id OFFSET ((abs(hashtext(o.tenant_id::text)) + n * 7) % (SELECT count(*) FROM ozg_services)) LIMIT 1),
                       true, 'x', now()
                FROM org_units o CROSS JOIN generate_series(1, 60) n WHERE o.code = 'BENCH'
                ON CONFLICT DO NOTHING;
                INSERT INTO online_service_statuses (id, tenant_id, online_service_id, reporting_date, status)
                SELECT gen_random_uuid(), s.tenant_id, s.id, d, 1 + (abs(hashtext(s.id::text || d::text)) % 3)
                FROM online_services s CROSS JOIN (VALUES (date '2030-03-31'), (date '2030-09-30')) AS dates(d)
                WHERE s.title LIKE 'Benchmark %'
                ON CONFLICT DO NOTHING;
                """);
            await command.ExecuteNonQueryAsync();
        }

        // The floor: the same pairs straight from PostgreSQL (as the owner, so no row-level security to set up).
        await using var ownerSource = NpgsqlDataSource.Create(ownerConnectionString);
        var sql = await run(async () =>
        {
            await using var command = ownerSource.CreateCommand("""
                SELECT DISTINCT s.tenant_id, s.ozg_service_id FROM online_services s
                WHERE s.ozg_service_id IS NOT NULL
                  AND (SELECT x.status FROM online_service_statuses x WHERE x.online_service_id = s.id ORDER BY x.reporting_date DESC LIMIT 1) = 3
                """);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }, requests);
        var api = await run(() => GetAsync(analyst, "/api/services/regional"), requests);
        var health = await run(() => GetAsync(analyst, "/health"), requests);
        Console.WriteLine();
        Console.WriteLine($"regional availability, 76 tenants x 60 services ({requests} requests):");
        Console.WriteLine($"  GET /api/services/regional   p50 {Percentile(api, 0.5),8:0.00} ms  p95 {Percentile(api, 0.95),8:0.00} ms");
        Console.WriteLine($"  raw SQL (same pairs)         p50 {Percentile(sql, 0.5),8:0.00} ms  p95 {Percentile(sql, 0.95),8:0.00} ms");
        Console.WriteLine($"  GET /health                  p50 {Percentile(health, 0.5),8:0.00} ms  p95 {Percentile(health, 0.95),8:0.00} ms");
        Console.WriteLine($"  ratio API / raw SQL: p50 {Percentile(api, 0.5) / Percentile(sql, 0.5):0.0}x; API / health: p50 {Percentile(api, 0.5) / Percentile(health, 0.5):0.0}x");
    }

    private static async Task CopyAsync(NpgsqlDataSource dataSource, byte[] file)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE bench_leika (key text, name text, type text, ozg_id text, ozg text, lage text, topic text, legal text, laws text, abbr text, sdg1 text, sdg2 text) ON COMMIT DROP",
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginTextImportAsync("COPY bench_leika FROM STDIN (FORMAT csv, HEADER true)"))
        {
            await writer.WriteAsync(System.Text.Encoding.UTF8.GetString(file));
        }

        await transaction.CommitAsync();
    }

    private static async Task PostAsync(HttpClient client, string path, byte[] content)
    {
        using var response = await client.PostAsync(path, new ByteArrayContent(content));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        }
    }

    internal static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    internal static async Task<double> TimeAsync(Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    internal static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    internal static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

using System.Diagnostics;
using System.Globalization;
using Npgsql;

// Loopback load on the running host: a fixed number of requests per target with a fixed number
// of concurrent workers, so the run is bounded in count and time. Absolute times depend on the
// machine; the ratios against the floors measured in the same run (a trivial endpoint, the raw
// SQL the list endpoint needs) are what to compare between runs.
var baseAddress = new Uri(args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5090/");
var requests = int.Parse(args.ElementAtOrDefault(1) ?? "2000", CultureInfo.InvariantCulture);
var concurrency = int.Parse(args.ElementAtOrDefault(2) ?? "8", CultureInfo.InvariantCulture);
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Default");

using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

var targets = new List<(string Name, Func<Task> Call)>
{
    ("GET /health", () => GetAsync(http, "/health")),
    ("GET /api/tenants?take=20", () => GetAsync(http, "/api/tenants?take=20")),
    ("GET /api/tenants?take=20&sorting=population desc&filter=stadt", () => GetAsync(http, "/api/tenants?take=20&sorting=population%20desc&filter=stadt")),
};

// The measures plan of a demo tenant (Minden: 233 measures with four progress values each), as its CDO reads it.
var benchEmail = Environment.GetEnvironmentVariable("OWLDIGITAL_BENCH_EMAIL");
using var signedIn = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
const string MeasuresTarget = "GET /api/portfolio/measures?take=50 (233 measures)";
if (!string.IsNullOrEmpty(benchEmail))
{
    using var tokenResponse = await signedIn.PostAsync(
        "/api/account/token",
        new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { email = benchEmail, password = Environment.GetEnvironmentVariable("OWLDIGITAL_BENCH_PASSWORD") }),
            System.Text.Encoding.UTF8,
            "application/json"));
    tokenResponse.EnsureSuccessStatusCode();
    var token = System.Text.Json.JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
    signedIn.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    targets.Add((MeasuresTarget, () => GetAsync(signedIn, "/api/portfolio/measures?take=50")));
}

NpgsqlDataSource? dataSource = null;
if (!string.IsNullOrEmpty(connectionString))
{
    // The floor for the list: the same two statements the endpoint needs, straight through Npgsql.
    dataSource = NpgsqlDataSource.Create(connectionString);
    targets.Add(("raw SQL: count + first page", async () =>
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT count(*) FROM tenants"),
                new NpgsqlBatchCommand("SELECT * FROM tenants ORDER BY name, id LIMIT 20"),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync())
            {
            }
        }
        while (await reader.NextResultAsync());
    }));
}

Console.WriteLine($"OwlDigital benchmark: {requests} requests per target, {concurrency} concurrent, against {baseAddress}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine();

var results = new List<Result>();
foreach (var (name, call) in targets)
{
    await RunAsync(call, Math.Min(200, requests), concurrency); // warm-up: JIT, pools, query plans
    results.Add(new Result(name, await RunAsync(call, requests, concurrency)));
}

Console.WriteLine($"{"target",-62} {"p50 ms",8} {"p95 ms",8} {"req/s",8}");
foreach (var result in results)
{
    Console.WriteLine($"{result.Name,-62} {result.P50,8:0.000} {result.P95,8:0.000} {result.Throughput,8:0}");
}

Console.WriteLine();
var health = results[0];
foreach (var result in results.Skip(1))
{
    Console.WriteLine($"ratio {result.Name} / {health.Name}: p50 {result.P50 / health.P50:0.00}x, p95 {result.P95 / health.P95:0.00}x");
}

if (results.FirstOrDefault(r => r.Name.StartsWith("raw SQL", StringComparison.Ordinal)) is { } sql)
{
    Console.WriteLine($"ratio {results[1].Name} / {sql.Name}: p50 {results[1].P50 / sql.P50:0.00}x, p95 {results[1].P95 / sql.P95:0.00}x");
}

if (!string.IsNullOrEmpty(benchEmail))
{
    try
    {
        await OwlDigital.Bench.PageLoadBenchmarks.MeasuresPageAsync(
            baseAddress, benchEmail, Environment.GetEnvironmentVariable("OWLDIGITAL_BENCH_PASSWORD") ?? string.Empty, Math.Max(20, requests / 20), health);
    }
    catch (Microsoft.Playwright.PlaywrightException exception)
    {
        // The other figures still count; say why this one is missing.
        Console.WriteLine($"\nBlazor page load failed: {exception.Message.Split('\n')[0]}");
    }
}

if (!string.IsNullOrEmpty(benchEmail) && dataSource is not null)
{
    await BenchmarkImportAsync(signedIn, dataSource);
}

// Online services: the catalogue import as the host admin, the regional view as the analyst.
var sharedData = Environment.GetEnvironmentVariable("OWLDIGITAL_SHARED_DATA");
var ownerConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Migrations");
if (!string.IsNullOrEmpty(benchEmail) && dataSource is not null && !string.IsNullOrEmpty(ownerConnectionString))
{
    using var admin = await SignedInAsync(baseAddress, "admin@owl-demo.example");
    if (!string.IsNullOrEmpty(sharedData) && File.Exists(Path.Combine(sharedData, "kdn_leika_leistungen_ozg_mapping.csv")))
    {
        await OwlDigital.Bench.ServiceBenchmarks.CatalogImportAsync(admin, dataSource, sharedData);
    }
    else
    {
        Console.WriteLine("\nLeiKa import skipped: ../shared/data (kdn_leika_leistungen_ozg_mapping.csv) is not beside this checkout.");
    }

    using var analyst = await SignedInAsync(baseAddress, "analyst@owl-demo.example");
    await OwlDigital.Bench.SurveyBenchmarks.ReportAsync(analyst, ownerConnectionString, Math.Max(50, requests / 10), async (call, count) =>
    {
        await RunAsync(call, Math.Min(20, count), concurrency);
        return (await RunAsync(call, count, concurrency)).SortedLatencies;
    });
    using var cdo = await SignedInAsync(baseAddress, "cdo-minden@owl-demo.example");
    await OwlDigital.Bench.SurveyBenchmarks.TenantReportAsync(cdo, ownerConnectionString, Math.Max(50, requests / 10), async (call, count) =>
    {
        await RunAsync(call, Math.Min(20, count), concurrency);
        return (await RunAsync(call, count, concurrency)).SortedLatencies;
    });
    await OwlDigital.Bench.ServiceBenchmarks.RegionalAsync(analyst, ownerConnectionString, dataSource, Math.Max(50, requests / 10), async (call, count) =>
    {
        await RunAsync(call, Math.Min(20, count), concurrency);
        return (await RunAsync(call, count, concurrency)).SortedLatencies;
    });

    // Last: the nationwide tenants it adds would change every benchmark after it.
    var register = string.IsNullOrEmpty(sharedData) ? null : Path.Combine(sharedData, "GV100AD_30112025.txt");
    if (register is not null && File.Exists(register))
    {
        await OwlDigital.Bench.SurveyBenchmarks.ScaleAsync(analyst, ownerConnectionString, register, repetitions: 7);
    }
    else
    {
        Console.WriteLine("\nSurvey report at scale skipped: ../shared/data (GV100AD_30112025.txt) is not beside this checkout.");
    }
}

if (dataSource is not null)
{
    await dataSource.DisposeAsync();
}

return 0;

static async Task<HttpClient> SignedInAsync(Uri baseAddress, string email)
{
    var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
    using var response = await client.PostAsync(
        "/api/account/token",
        new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new { email, password = Environment.GetEnvironmentVariable("OWLDIGITAL_BENCH_PASSWORD") }),
            System.Text.Encoding.UTF8,
            "application/json"));
    response.EnsureSuccessStatusCode();
    var token = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
    client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    return client;
}

// A 1,000-measure workbook through the whole import (upload, parse, validate, one transaction)
// against PostgreSQL COPY of the same rows into a temporary table: the floor any import has.
static async Task BenchmarkImportAsync(HttpClient signedIn, NpgsqlDataSource dataSource)
{
    const int Rows = 1_000;
    const int Rounds = 5;
    var importTimes = new List<double>();
    var copyTimes = new List<double>();
    for (var round = 1; round <= Rounds; round++)
    {
        // New numbers and a new reporting date each round, so every round creates 1,000 measures
        // (a value for an existing, closed round would be refused). The dates lie in the past: an
        // import may add a reporting date no later than the next one due.
        var rows = Enumerable.Range(0, Rows)
            .Select(i => (Number: $"MP {(round * 10_000) + i}", Year: "2022", Office: "0.1 Zentraler Steuerungsdienst", Title: $"Benchmark-Maßnahme {round}-{i}", Value: (i % 11).ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var workbook = new OwlDigital.Export.XlsxBuilder().Sheet("Anlage 4")
            .Row("Nr.", "Jahr der Meldung", "Dienststelle", "Digitalisierungsprojekt/-thema", $"Projektfortschritt Stand 09.{2000 + round}");
        rows.ForEach(r => workbook.Row(r.Number, r.Year, r.Office, r.Title, r.Value));
        var bytes = workbook.ToBytes();

        var started = Stopwatch.GetTimestamp();
        using (var response = await signedIn.PostAsync("/api/portfolio/imports", new ByteArrayContent(bytes)))
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Import refused ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
            }
        }

        importTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        started = Stopwatch.GetTimestamp();
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using (var create = new NpgsqlCommand("CREATE TEMP TABLE bench_measures (number text, year text, office text, title text, progress text) ON COMMIT DROP", connection))
            {
                await using var transaction = await connection.BeginTransactionAsync();
                create.Transaction = transaction;
                await create.ExecuteNonQueryAsync();
                await using (var writer = await connection.BeginBinaryImportAsync("COPY bench_measures FROM STDIN (FORMAT BINARY)"))
                {
                    foreach (var row in rows)
                    {
                        await writer.WriteRowAsync(default, row.Number, row.Year, row.Office, row.Title, row.Value);
                    }

                    await writer.CompleteAsync();
                }

                await transaction.CommitAsync();
            }
        }

        copyTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    importTimes.Sort();
    copyTimes.Sort();
    var import = importTimes[Rounds / 2];
    var copy = copyTimes[Rounds / 2];
    Console.WriteLine();
    Console.WriteLine($"import of a {Rows}-measure workbook (median of {Rounds}): {import,8:0.0} ms");
    Console.WriteLine($"PostgreSQL COPY of the same rows (median of {Rounds}):   {copy,8:0.0} ms");
    Console.WriteLine($"ratio import / COPY: {import / copy:0.0}x");
}

static async Task GetAsync(HttpClient http, string path)
{
    using var response = await http.GetAsync(path);
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsByteArrayAsync();
}

static async Task<Measurement> RunAsync(Func<Task> call, int count, int concurrency)
{
    var latencies = new double[count];
    var next = -1;
    var total = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int index;
        while ((index = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            await call();
            latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    });
    await Task.WhenAll(workers);
    total.Stop();
    Array.Sort(latencies);
    return new Measurement(latencies, total.Elapsed);
}

internal sealed record Measurement(double[] SortedLatencies, TimeSpan Elapsed)
{
    public double Percentile(double p) => SortedLatencies[Math.Min(SortedLatencies.Length - 1, (int)Math.Ceiling(p * SortedLatencies.Length) - 1)];
}

internal sealed record Result(string Name, Measurement Measurement)
{
    public double P50 => Measurement.Percentile(0.50);

    public double P95 => Measurement.Percentile(0.95);

    public double Throughput => Measurement.SortedLatencies.Length / Measurement.Elapsed.TotalSeconds;
}

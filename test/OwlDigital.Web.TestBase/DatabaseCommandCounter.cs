using System.Collections.Concurrent;
using System.Diagnostics;

namespace OwlDigital.Web.TestBase;

/// <summary>
/// Counts the commands Npgsql sends to one test database while it is alive, from Npgsql's own
/// tracing (ActivitySource "Npgsql"): the host runs in the test process, so what a request costs
/// in round trips can be asserted. Counts, unlike times, are deterministic. Other test classes run
/// at the same time against databases of their own and are not counted.
/// </summary>
public sealed class DatabaseCommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<string> _commands = new();

    public DatabaseCommandCounter(string databaseName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var database = activity.GetTagItem("db.namespace") ?? activity.GetTagItem("db.name");
                if (string.Equals(database as string, databaseName, StringComparison.Ordinal))
                {
                    _commands.Enqueue(activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => _commands.Count;

    /// <summary>The commands counted, for a failure message that says what was sent.</summary>
    public string Describe() => string.Join("\n---\n", _commands.Select(c => c.Length > 300 ? c[..300] + " …" : c));

    public void Reset() => _commands.Clear();

    public void Dispose() => _listener.Dispose();
}

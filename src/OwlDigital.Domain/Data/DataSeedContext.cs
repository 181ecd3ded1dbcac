namespace OwlDigital.Data;

/// <summary>What a seeding run is for; contributors add what they changed so the run can report it.</summary>
public sealed class DataSeedContext
{
    private readonly Dictionary<string, int> _changes = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Changes => _changes;

    /// <summary>Set only in development: then the demo logins are seeded with this password.</summary>
    public string? DemoUserPassword { get; init; }

    /// <summary>
    /// The public data files (../shared/data beside a checkout) the demo catalogue is imported from;
    /// without them the demo uses a small built-in sample.
    /// </summary>
    public string? SharedDataDirectory { get; init; }

    public int TotalChanges => _changes.Values.Sum();

    public void CountChange(string what, int count = 1)
    {
        if (count == 0)
        {
            return;
        }

        _changes[what] = _changes.GetValueOrDefault(what) + count;
    }
}

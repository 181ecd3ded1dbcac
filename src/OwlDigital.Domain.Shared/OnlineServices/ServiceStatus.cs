namespace OwlDigital.OnlineServices;

/// <summary>Status of an online service at a reporting date, as the list of online services (Anlage 6) reports it.</summary>
public enum ServiceStatus
{
    /// <summary>P: planned.</summary>
    Planned = 1,

    /// <summary>E: being introduced.</summary>
    BeingIntroduced = 2,

    /// <summary>U: implemented, available online.</summary>
    Implemented = 3,
}

public static class ServiceStatusExtensions
{
    public static string Letter(this ServiceStatus status) => status switch
    {
        ServiceStatus.Planned => "P",
        ServiceStatus.BeingIntroduced => "E",
        ServiceStatus.Implemented => "U",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParseLetter(string? text, out ServiceStatus status)
    {
        status = default;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "P": status = ServiceStatus.Planned; return true;
            case "E": status = ServiceStatus.BeingIntroduced; return true;
            case "U": status = ServiceStatus.Implemented; return true;
            default: return false;
        }
    }
}

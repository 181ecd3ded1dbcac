namespace OwlDigital.Portfolios;

/// <summary>
/// What a program target measures. Metrics the application can compute from its own data are
/// computed live (no second copy to keep in step); the others are entered with an as-of date.
/// </summary>
public enum TargetMetric
{
    /// <summary>Measures of the program with status U at the latest reporting date (computed).</summary>
    MeasuresImplemented = 1,

    /// <summary>Share in percent of the program's measures with status U at the latest reporting date (computed).</summary>
    MeasuresImplementedPercent = 2,

    /// <summary>Online services of the tenant with status U at the latest reporting date ("100 of the 133 identified services implemented", computed).</summary>
    OnlineServicesImplemented = 3,

    /// <summary>Share in percent of the fee-charging online services that can be paid online (computed).</summary>
    FeeServicesPayableOnlinePercent = 4,

    /// <summary>Any other figure (e.g. "workstations connected to the DMS"), entered by hand with its as-of date.</summary>
    Manual = 9,
}

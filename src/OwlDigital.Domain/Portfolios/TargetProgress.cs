namespace OwlDigital.Portfolios;

/// <summary>How far a target is reached: the current figure (computed or entered), as of when, and the share of the target value.</summary>
public sealed record TargetProgress(decimal? Current, DateOnly? AsOf, decimal? PercentReached)
{
    /// <summary>
    /// Computed metrics count the program's measures at the latest reporting date (measures with
    /// no value there count as not implemented); manual ones take the last entered figure.
    /// </summary>
    public static TargetProgress Of(
        ProgramTarget target,
        IReadOnlyCollection<Measure> programMeasures,
        IReadOnlyCollection<OnlineServices.OnlineService> onlineServices,
        DateOnly? latestReportingDate)
    {
        decimal? current;
        DateOnly? asOf;
        switch (target.Metric)
        {
            case TargetMetric.Manual:
                (current, asOf) = (target.ManualValue, target.ManualAsOf);
                break;
            case TargetMetric.MeasuresImplemented or TargetMetric.MeasuresImplementedPercent when latestReportingDate is { } date:
                var implemented = programMeasures.Count(m => m.StatusAt(date) == MeasureStatus.Implemented);
                current = target.Metric == TargetMetric.MeasuresImplemented
                    ? implemented
                    : programMeasures.Count == 0 ? 0 : Math.Round(100m * implemented / programMeasures.Count, 1);
                asOf = date;
                break;
            case TargetMetric.OnlineServicesImplemented when latestReportingDate is { } date:
                (current, asOf) = (onlineServices.Count(s => s.StatusAt(date) == OnlineServices.ServiceStatus.Implemented), date);
                break;
            case TargetMetric.FeeServicesPayableOnlinePercent:
                var charging = onlineServices.Where(s => s.FeeRequired == true).ToList();
                current = charging.Count == 0 ? null : Math.Round(100m * charging.Count(s => s.PayableOnline == true) / charging.Count, 1);
                asOf = null;
                break;
            default:
                (current, asOf) = (null, null);
                break;
        }

        return new TargetProgress(current, asOf, current is { } value ? Math.Min(100m, Math.Round(100m * value / target.TargetValue, 1)) : null);
    }
}

namespace OwlDigital.Portfolios;

public static class MeasureStatusExtensions
{
    /// <summary>The letter of the council reports: P, E, U; `a` and `g` for the two outside the scale.</summary>
    public static string ToLetter(this MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => "P",
        MeasureStatus.BeingIntroduced => "E",
        MeasureStatus.Implemented => "U",
        MeasureStatus.Abandoned => ProgressValue.AbandonedText,
        MeasureStatus.OnHold => ProgressValue.OnHoldText,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}

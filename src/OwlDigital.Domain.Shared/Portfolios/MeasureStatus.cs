namespace OwlDigital.Portfolios;

/// <summary>
/// Where a measure stands, derived from its progress value and never stored: P planned (0–3),
/// E being introduced (4–7), U implemented (8–10); `a` abandoned and `g` on hold stand outside.
/// </summary>
public enum MeasureStatus
{
    Planned = 1,
    BeingIntroduced = 2,
    Implemented = 3,
    Abandoned = 4,
    OnHold = 5,
}

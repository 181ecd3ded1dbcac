namespace OwlDigital.Portfolios;

/// <summary>An answer of the prioritisation questions of seed 001 (case volume, efficiency gain, benefit).</summary>
public enum Rating
{
    Low = 1,
    Medium = 2,
    High = 3,
}

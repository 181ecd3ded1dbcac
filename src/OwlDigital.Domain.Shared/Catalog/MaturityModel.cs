namespace OwlDigital.Catalog;

/// <summary>
/// The OZG maturity models (Reifegradmodell) a service can be rated under. A rating always carries
/// its model: level 4 means "networked transaction" under 1.1 but something else under 2.0.
/// </summary>
public enum MaturityModel
{
    /// <summary>Model 1.1: levels 0 (offline) to 4 (networked transaction pulling evidence from registers).</summary>
    V1_1 = 11,

    /// <summary>Model 2.0 (since July 2025): levels 0 to 7 over 13 criteria, the lowest criterion deciding.</summary>
    V2_0 = 20,
}

public static class MaturityModels
{
    public static int MaxLevel(this MaturityModel model) => model switch
    {
        MaturityModel.V1_1 => 4,
        MaturityModel.V2_0 => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    public static string Label(this MaturityModel model) => model == MaturityModel.V1_1 ? "1.1" : "2.0";
}

namespace OwlDigital.Portfolios;

public static class OrgUnitConsts
{
    /// <summary>Codes such as "I", "0.1", "S2" or "VI".</summary>
    public const int MaxCodeLength = 16;

    public const int MaxNameLength = 128;
}

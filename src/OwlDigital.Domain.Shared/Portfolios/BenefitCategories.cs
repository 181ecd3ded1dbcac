namespace OwlDigital.Portfolios;

/// <summary>The expected benefit of a measure (Nutzenkategorie, seed 001); every measure has at least one.</summary>
[Flags]
public enum BenefitCategories
{
    None = 0,
    ServiceImprovement = 1,
    CostSaving = 2,
    InternalBenefit = 4,
}

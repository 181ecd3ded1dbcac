using OwlDigital.ExceptionHandling;

namespace OwlDigital.Portfolios;

/// <summary>The cost figures of a project fact sheet (Projektsteckbrief, seed 003), in euros and full-time equivalents.</summary>
public sealed record MeasureCosts(decimal? OneTimeInvestment, decimal? RunningCostPerYear, decimal? FullTimeEquivalents)
{
    public static MeasureCosts None { get; } = new(null, null, null);

    public void Validate()
    {
        foreach (var (field, value) in new[] { (nameof(OneTimeInvestment), OneTimeInvestment), (nameof(RunningCostPerYear), RunningCostPerYear), (nameof(FullTimeEquivalents), FullTimeEquivalents) })
        {
            if (value is < 0)
            {
                throw new BusinessException(OwlDigitalErrorCodes.Portfolios.NegativeCost).WithDetail("Value", value).ForField(field);
            }
        }
    }
}

namespace OwlDigital.Portfolios;

/// <summary>
/// The answers to the prioritisation questions of the strategy (seed 001): How high are the case
/// numbers? What efficiency gain do digital solutions offer? Is there a solution to reuse? How high
/// is the benefit for citizens, and for the administration? Are high staff departures expected in
/// the next five years? Every answer may still be open (null).
/// </summary>
public sealed record Prioritisation(
    Rating? CaseVolume,
    Rating? EfficiencyGain,
    bool? ExistingSolutionToReuse,
    Rating? CitizenBenefit,
    Rating? InternalBenefit,
    bool? StaffDeparturesExpected)
{
    public static Prioritisation Open { get; } = new(null, null, null, null, null, null);
}

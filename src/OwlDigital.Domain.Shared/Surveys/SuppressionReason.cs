namespace OwlDigital.Surveys;

/// <summary>
/// Why a selection of the benchmark is not shown to a viewer outside the host roles. There is one
/// reason only, on purpose: saying "too few" or "too few by difference" would tell the size.
/// </summary>
public enum SuppressionReason
{
    /// <summary>Showing the selection beside the others a viewer can obtain would let them compute the answers of fewer than k tenants.</summary>
    ProtectsSmallGroups = 3,
}

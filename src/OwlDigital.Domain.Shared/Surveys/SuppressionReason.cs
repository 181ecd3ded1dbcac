namespace OwlDigital.Surveys;

/// <summary>Why a selection of the benchmark is not shown to a viewer outside the host roles.</summary>
public enum SuppressionReason
{
    /// <summary>Fewer than k tenants in the selection.</summary>
    GroupTooSmall = 1,

    /// <summary>The selection differs from a wider one by fewer than k tenants.</summary>
    DifferenceTooSmall = 2,
}

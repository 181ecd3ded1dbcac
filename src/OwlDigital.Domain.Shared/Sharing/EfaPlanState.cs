namespace OwlDigital.Sharing;

/// <summary>Where a tenant stands with an EfA service, as on the federal EfA marketplace.</summary>
public enum EfaPlanState
{
    /// <summary>Expressed interest: the first step of every reuse.</summary>
    Interested = 1,

    /// <summary>Planned, with the date it is meant to go live.</summary>
    Planned = 2,

    InUse = 3,

    /// <summary>Decided against it, with the reason (helps the others decide).</summary>
    Rejected = 4,
}

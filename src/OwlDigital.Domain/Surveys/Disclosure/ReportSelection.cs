using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

/// <summary>
/// Which tenants a benchmark figure is counted over: any combination of district, kind and size
/// class (null: any). For the report a district-free city counts with the districts ("Kreise und
/// kreisfreie Städte"), the official grouping: alone in its kind it could never be protected.
/// </summary>
public sealed record ReportSelection(string? DistrictKey = null, TenantKind? Kind = null, SizeClass? SizeClass = null)
{
    public static readonly ReportSelection Region = new();

    public int FilterCount => (DistrictKey is null ? 0 : 1) + (Kind is null ? 0 : 1) + (SizeClass is null ? 0 : 1);

    /// <summary>The same selection with the district-free city folded into the districts' kind.</summary>
    public ReportSelection Normalized() => Kind == TenantKind.DistrictFreeCity ? this with { Kind = TenantKind.District } : this;

    public bool Includes(ReportRespondent respondent) =>
        (DistrictKey is null || DistrictKey == respondent.DistrictKey)
        && (Kind is null || KindGroup(Kind.Value) == KindGroup(respondent.Kind))
        && (SizeClass is null || SizeClass == respondent.SizeClass);

    /// <summary>The report's two kinds: municipalities within a district, and the district level.</summary>
    public static TenantKind KindGroup(TenantKind kind) => kind == TenantKind.Municipality ? TenantKind.Municipality : TenantKind.District;
}

/// <summary>
/// A tenant that answered a round, with what the public tenant directory says about it, as of the
/// publication. <see cref="DisclosedByConsent"/>: it opted in to being found by its answers to the
/// searchable questions (peer search), so those answers are known to everyone.
/// </summary>
public sealed record ReportRespondent(Guid TenantId, string DistrictKey, TenantKind Kind, SizeClass SizeClass, bool DisclosedByConsent = false);

namespace OwlDigital.Tenants;

/// <summary>A validated, typed list request; the application layer builds it from user input.</summary>
public sealed record TenantListQuery(
    int Skip,
    int Take,
    TenantSortField SortField = TenantSortField.Name,
    bool SortDescending = false,
    string? Filter = null,
    string? DistrictKey = null,
    TenantKind? Kind = null);

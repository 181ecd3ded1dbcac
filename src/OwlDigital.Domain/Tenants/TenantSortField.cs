namespace OwlDigital.Tenants;

public enum TenantSortField
{
    Name,
    Kind,
    District,
    Ags,
    Population,
}

namespace OwlDigital.MultiTenancy;

public static class OwlDigitalClaimTypes
{
    /// <summary>The tenant a signed-in user chose to work in (cookie or bearer token).</summary>
    public const string Tenant = "owl_tenant";

    /// <summary>Header with which an API call names its tenant, overriding the claim.</summary>
    public const string TenantHeader = "X-Tenant-Id";
}

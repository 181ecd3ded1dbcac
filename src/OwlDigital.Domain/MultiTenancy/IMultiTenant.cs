namespace OwlDigital.MultiTenancy;

/// <summary>
/// Data owned by one tenant. Such a type gets the EF Core tenant filter, has its TenantId stamped
/// on insert, and its table gets a PostgreSQL row-level-security policy; a test checks all three.
/// </summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}

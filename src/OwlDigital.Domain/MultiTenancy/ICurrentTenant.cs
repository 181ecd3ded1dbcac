namespace OwlDigital.MultiTenancy;

/// <summary>The tenant the current request or circuit activity works in; none on the host side.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    bool IsAvailable => Id is not null;

    /// <summary>Works in another tenant (or the host, with null) until the returned scope is disposed.</summary>
    IDisposable Change(Guid? tenantId);
}

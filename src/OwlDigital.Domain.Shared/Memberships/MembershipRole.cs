namespace OwlDigital.Memberships;

/// <summary>
/// What a person may do, and where. Host roles work on the regional (host) side and carry no
/// tenant; tenant roles are held in one tenant each.
/// </summary>
public enum MembershipRole
{
    /// <summary>DigitalBüro OWL staff who manage tenants, users and catalogues.</summary>
    HostAdmin = 1,

    /// <summary>Reads everything regional (benchmark, comparisons), changes nothing.</summary>
    RegionalAnalyst = 2,

    /// <summary>Regional interviewer (Regionalpat*in) for the tenants of one district.</summary>
    DistrictInterviewer = 3,

    /// <summary>The tenant's Chief Digital Officer: manages the tenant's users and data.</summary>
    TenantAdmin = 10,

    /// <summary>Coordination office and digital pilots: enter and edit the tenant's data.</summary>
    TenantEditor = 11,

    /// <summary>Reads the tenant's data.</summary>
    TenantViewer = 12,
}

namespace OwlDigital.OnlineServices;

/// <summary>What a user must sign in with to use the service.</summary>
public enum AuthenticationKind
{
    None = 1,
    BundId = 2,
    CompanyAccount = 3,
    Other = 4,
}

using System.Security.Claims;

namespace OwlDigital.Users;

/// <summary>The signed-in person of the current request or circuit activity.</summary>
public interface ICurrentUser
{
    ClaimsPrincipal? Principal { get; }

    bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    /// <summary>The user's id, or null when nobody is signed in.</summary>
    Guid? Id { get; }

    IDisposable Change(ClaimsPrincipal? principal);
}

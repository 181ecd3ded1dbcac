using System.Security.Claims;

namespace OwlDigital.Users;

/// <summary>One per DI scope (request or circuit), set by the web host from the authenticated principal.</summary>
public sealed class CurrentUser : ICurrentUser
{
    public ClaimsPrincipal? Principal { get; private set; }

    public Guid? Id =>
        Principal?.Identity?.IsAuthenticated == true && Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : null;

    public IDisposable Change(ClaimsPrincipal? principal)
    {
        var previous = Principal;
        Principal = principal;
        return new DisposeAction(() => Principal = previous);
    }
}

using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OwlDigital.Authorization;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Blazor.Account;

/// <summary>
/// A circuit is one DI scope for as long as the page is open: when it opens, make its user and
/// tenant current, checked by the same rule as every HTTP request. A tenant that may no longer be
/// entered leaves the circuit on the host side.
/// </summary>
public sealed class CurrentContextCircuitHandler(
    AuthenticationStateProvider authenticationStateProvider,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    CurrentContextResolver resolver,
    ILogger<CurrentContextCircuitHandler> logger) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        currentUser.Change(state.User);
        try
        {
            currentTenant.Change(await resolver.ResolveTenantAsync(state.User, requestedTenant: null, cancellationToken));
        }
        catch (AuthorizationException exception)
        {
            logger.LogWarning("Circuit opened without tenant: {Code}", exception.Code);
            currentTenant.Change(null);
        }
    }
}

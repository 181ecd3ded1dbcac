using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OwlDigital.Authorization;
using OwlDigital.MultiTenancy;
using OwlDigital.Users;

namespace OwlDigital.Blazor.Account;

/// <summary>
/// A circuit is one DI scope for as long as the page is open: when it opens, make its user and
/// tenant current, checked by the same rule as every HTTP request. A tenant that may no longer be
/// entered leaves the circuit on the host side. When the session ends while the page is open (the
/// periodic check of <see cref="SessionRevalidatingAuthenticationStateProvider"/>), the circuit's
/// user becomes anonymous too, so the app services it calls refuse from then on.
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
        authenticationStateProvider.AuthenticationStateChanged += OnAuthenticationStateChanged;
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

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authenticationStateProvider.AuthenticationStateChanged -= OnAuthenticationStateChanged;
        return Task.CompletedTask;
    }

    private async void OnAuthenticationStateChanged(Task<AuthenticationState> state)
    {
        try
        {
            var user = (await state).User;
            if (user.Identity?.IsAuthenticated != true)
            {
                logger.LogInformation("The session of an open page ended; the page is signed out");
                currentUser.Change(user);
                currentTenant.Change(null);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException)
        {
            logger.LogWarning(exception, "The authentication state of a circuit could not be read");
        }
    }
}

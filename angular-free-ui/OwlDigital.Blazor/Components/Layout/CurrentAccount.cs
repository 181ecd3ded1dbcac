using OwlDigital.Account;

namespace OwlDigital.Blazor.Components.Layout;

/// <summary>
/// The signed-in person's account summary and permissions, loaded once by the layout and cascaded
/// to every page, so a page does not ask the account service again. Null inside when nobody is
/// signed in (or the database is out on the error page).
/// </summary>
public sealed class CurrentAccount(Task<CurrentUserDto?> loading)
{
    public Task<CurrentUserDto?> Loading { get; } = loading;

    public async Task<IReadOnlyList<string>> GrantedAsync() => (await Loading)?.GrantedPermissions ?? [];

    public async Task<bool> HasAsync(string permission) => (await GrantedAsync()).Contains(permission);
}

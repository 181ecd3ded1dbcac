using OwlDigital.ExceptionHandling;

namespace OwlDigital.Authorization;

/// <summary>
/// The caller may not do this: not signed in (<see cref="IsAuthenticated"/> false → 401) or
/// missing the permission or the membership (→ 403).
/// </summary>
public sealed class AuthorizationException : BusinessException
{
    public AuthorizationException(string code, bool isAuthenticated)
        : base(code)
    {
        IsAuthenticated = isAuthenticated;
    }

    public bool IsAuthenticated { get; }

    public new AuthorizationException WithDetail(string name, object? value)
    {
        base.WithDetail(name, value);
        return this;
    }
}

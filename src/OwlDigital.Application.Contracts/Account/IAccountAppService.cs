namespace OwlDigital.Account;

public interface IAccountAppService
{
    /// <summary>Who is signed in, where they work now, and where else they may work.</summary>
    Task<CurrentUserDto> GetCurrentAsync(CancellationToken cancellationToken = default);
}

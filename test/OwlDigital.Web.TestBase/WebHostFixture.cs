using OwlDigital.Memberships;
using OwlDigital.TestBase;

namespace OwlDigital.Web.TestBase;

/// <summary>A class fixture: a fresh seeded database and the web host in memory (TestServer).</summary>
public class WebHostFixture : PostgresDatabaseFixture
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private OwlDigitalWebApplicationFactory? _factory;

    public OwlDigitalWebApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = CreateFactory();
    }

    /// <summary>The host for this class; a fixture overrides it to point the host elsewhere.</summary>
    protected virtual OwlDigitalWebApplicationFactory CreateFactory() => new(DatabaseName);

    /// <summary>One signed-in client per user for the whole class: signing in for every call would hit the sign-in rate limit.</summary>
    public async Task<HttpClient> SignedInOnceAsync(string email, MembershipRole role, Guid? tenantId = null)
    {
        if (!_clients.TryGetValue(email, out var client))
        {
            await this.CreateAsync(email, role, tenantId);
            client = await Factory.SignedInClientAsync(email);
            _clients[email] = client;
        }

        return client;
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

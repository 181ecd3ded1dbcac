using OwlDigital.TestBase;

namespace OwlDigital.Web.TestBase;

/// <summary>A class fixture: a fresh seeded database and the web host in memory (TestServer).</summary>
public class WebHostFixture : PostgresDatabaseFixture
{
    private OwlDigitalWebApplicationFactory? _factory;

    public OwlDigitalWebApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = new OwlDigitalWebApplicationFactory(DatabaseName);
    }

    public override async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

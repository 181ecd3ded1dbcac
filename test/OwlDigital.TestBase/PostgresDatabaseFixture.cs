using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace OwlDigital.TestBase;

/// <summary>
/// A class fixture: one fresh copy of the migrated, seeded database per test class, dropped
/// afterwards. Tests run their code in a new DI scope per unit of work, as a request would.
/// </summary>
public class PostgresDatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    public string DatabaseName { get; private set; } = string.Empty;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public string ApplicationConnectionString => TestPostgres.ConnectionString(DatabaseName, TestPostgres.AppRole);

    public string OwnerConnectionString => TestPostgres.ConnectionString(DatabaseName, TestPostgres.OwnerRole, pooling: false);

    public virtual async Task InitializeAsync()
    {
        DatabaseName = await TestPostgres.CreateDatabaseAsync(GetType().Name);
        _services = TestPostgres.CreateServices(DatabaseName);
    }

    public virtual async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (DatabaseName.Length > 0)
        {
            await TestPostgres.DropDatabaseAsync(DatabaseName);
        }
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}

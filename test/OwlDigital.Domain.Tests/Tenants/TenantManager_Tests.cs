using Microsoft.Extensions.DependencyInjection;
using OwlDigital.ExceptionHandling;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Uow;

namespace OwlDigital.Domain.Tests.Tenants;

/// <summary>The rules that need the other tenants, against the seeded 76 tenants in PostgreSQL.</summary>
public class TenantManager_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task CreateAsync_Should_Reject_An_Ags_That_Is_Already_Used()
    {
        // Minden is seeded; a second tenant with its AGS but a fresh ARS must be refused.
        var exception = await database.WithScopeAsync(services => Should.ThrowAsync<BusinessException>(() =>
            services.GetRequiredService<TenantManager>()
                .CreateAsync("Minden (Kopie)", TenantKind.Municipality, "05770024", "057709999024", 1, 52.29, 8.9)));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.DuplicateAgs);
        exception.Details["Ags"].ShouldBe("05770024");
    }

    [Fact]
    public async Task CreateAsync_Should_Report_A_Malformed_Key_Before_Looking_For_Duplicates()
    {
        var exception = await database.WithScopeAsync(services => Should.ThrowAsync<BusinessException>(() =>
            services.GetRequiredService<TenantManager>()
                .CreateAsync("Irgendwo", TenantKind.Municipality, "0577002", "057700024024", 1, 52, 8)));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.MalformedAgs);
    }

    [Fact]
    public async Task The_Database_Should_Refuse_A_Duplicate_Ags_Even_Past_The_Manager()
    {
        // Two requests racing past the manager's check are stopped by the unique index, and the second is told of a conflict (409), not an error.
        var exception = await database.WithScopeAsync(async services =>
        {
            var manager = services.GetRequiredService<TenantManager>();
            var repository = services.GetRequiredService<ITenantRepository>();
            await repository.InsertAsync(await manager.CreateAsync("A", TenantKind.Municipality, "05770097", "057700097097", 1, 52, 8));
            await repository.InsertAsync(await manager.CreateAsync("B", TenantKind.Municipality, "05770097", "057709997097", 1, 52, 8));
            return await Should.ThrowAsync<OwlDigital.ExceptionHandling.BusinessException>(() =>
                services.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });

        exception.Code.ShouldBe(OwlDigitalErrorCodes.ConcurrencyConflict);
        exception.InnerException.ShouldBeOfType<Microsoft.EntityFrameworkCore.DbUpdateException>().InnerException!.Message.ShouldContain("ix_tenants_ags");
    }
}

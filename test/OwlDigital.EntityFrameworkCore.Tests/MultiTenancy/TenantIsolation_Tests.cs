using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OwlDigital.Authorization;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Uow;

namespace OwlDigital.EntityFrameworkCore.Tests.MultiTenancy;

public class TenantIsolation_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Every_Tenant_Owned_Type_Should_Have_The_Tenant_Filter_And_A_Row_Level_Security_Policy()
    {
        var (types, policies) = await database.WithScopeAsync(async services =>
        {
            var context = services.GetRequiredService<OwlDigitalDbContext>();
            var tenantOwned = context.Model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)).ToList();
            var tables = await TestPostgres.QueryTextAsync(
                database.OwnerConnectionString,
                "SELECT c.relname FROM pg_class c JOIN pg_policies p ON p.tablename = c.relname " +
                $"WHERE c.relrowsecurity AND p.policyname = '{RowLevelSecurityMigrationExtensions.PolicyName}'");
            return (tenantOwned, tables);
        });

        types.ShouldNotBeEmpty();
        foreach (var type in types)
        {
            type.FindDeclaredQueryFilter(OwlDigitalDbContext.TenantFilterName).ShouldNotBeNull($"{type.ClrType.Name} lacks the tenant filter");
            policies.ShouldContain(type.GetTableName()!, $"{type.ClrType.Name} ({type.GetTableName()}) lacks row-level security");
        }
    }

    [Fact]
    public async Task With_The_EF_Filter_Off_Row_Level_Security_Should_Still_Hide_Foreign_Rows()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        await CreateOrgUnitAsync(bielefeld, "RLS-B", "Nur Bielefeld");

        var seenFromMinden = await database.WithTenantAsync(minden, services =>
            services.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>()
                .IgnoreQueryFilters([OwlDigitalDbContext.TenantFilterName])
                .Where(o => o.TenantId == bielefeld)
                .CountAsync());
        var seenWithoutTenant = await database.WithTenantAsync(null, services =>
            services.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>().IgnoreQueryFilters().CountAsync());
        var seenFromBielefeld = await database.WithTenantAsync(bielefeld, services =>
            services.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>().IgnoreQueryFilters().CountAsync(o => o.Code == "RLS-B"));

        seenFromMinden.ShouldBe(0);
        seenWithoutTenant.ShouldBe(0);
        seenFromBielefeld.ShouldBe(1, "the row exists: the policy hides it, nothing else");
    }

    [Fact]
    public async Task Row_Level_Security_Should_Refuse_A_Foreign_Insert_From_The_Application_Role()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        await using var connection = new NpgsqlConnection(database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT set_config('app.tenant_id', @minden, false); " +
            "INSERT INTO org_units (id, tenant_id, code, name, concurrency_stamp, creation_time) VALUES (gen_random_uuid(), @bielefeld, 'X', 'eingeschmuggelt', 'x', now())",
            connection);
        command.Parameters.AddWithValue("minden", minden.ToString());
        command.Parameters.AddWithValue("bielefeld", bielefeld);

        var exception = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task The_Tenant_Setting_Should_Not_Leak_To_The_Next_User_Of_A_Pooled_Connection()
    {
        var minden = await database.TenantIdAsync("05770024");
        await CreateOrgUnitAsync(minden, "POOL", "Gepoolt");

        await database.WithTenantAsync(minden, services => services.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>().CountAsync());
        var afterwards = await database.WithTenantAsync(null, services =>
            services.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>().IgnoreQueryFilters().CountAsync());

        afterwards.ShouldBe(0);
    }

    [Fact]
    public async Task Saving_Another_Tenants_Entity_Should_Throw_Before_It_Reaches_The_Database()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var bielefeldUnit = await CreateOrgUnitAsync(bielefeld, "FREMD", "Fremd");

        var exception = await database.WithTenantAsync(minden, async services =>
        {
            var context = services.GetRequiredService<OwlDigitalDbContext>();
            var loaded = await database.WithTenantAsync(bielefeld, other =>
                other.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>().AsNoTracking().SingleAsync(o => o.Id == bielefeldUnit));
            context.Attach(loaded);
            loaded.SetName("von Minden geändert");
            return await Should.ThrowAsync<AuthorizationException>(() => services.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });

        exception.Code.ShouldBe(OwlDigitalErrorCodes.MultiTenancy.CrossTenantWrite);
    }

    [Fact]
    public async Task Inserting_Without_A_Tenant_Should_Throw()
    {
        var exception = await database.WithTenantAsync(null, async services =>
        {
            var unit = await services.GetRequiredService<OrgUnitManager>().CreateAsync("HOST", "Ohne Mandant", null);
            await services.GetRequiredService<IOrgUnitRepository>().InsertAsync(unit);
            return await Should.ThrowAsync<BusinessException>(() => services.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });

        exception.Code.ShouldBe(OwlDigitalErrorCodes.MultiTenancy.NoCurrentTenant);
    }

    [Fact]
    public async Task New_Rows_Should_Be_Stamped_With_The_Current_Tenant()
    {
        var paderborn = await database.TenantIdAsync("05774032");

        var id = await CreateOrgUnitAsync(paderborn, "STAMP", "Gestempelt");

        var tenantIds = await TestPostgres.QueryTextAsync(database.OwnerConnectionString, $"SELECT tenant_id::text FROM org_units WHERE id = '{id}'");
        tenantIds.ShouldBe([paderborn.ToString()]);
    }

    [Fact]
    public async Task Online_Services_Statuses_And_Mappings_Should_Be_Hidden_And_Unwritable_Across_The_Border()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var unit = await CreateOrgUnitAsync(minden, "OD-RLS", "Bürgerdienste");
        var serviceId = await database.WithTenantAsync(minden, async services =>
        {
            var service = await services.GetRequiredService<OnlineServiceManager>().CreateAsync("OD 901", unit, "Nur in Minden", ImplementationWay.ExternalPortal);
            var period = new ReportingPeriod(Guid.NewGuid(), new DateOnly(2030, 3, 31));
            await services.GetRequiredService<IReportingPeriodRepository>().InsertAsync(period);
            service.ReportStatus(period, ServiceStatus.Implemented);
            await services.GetRequiredService<IOnlineServiceRepository>().InsertAsync(service);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return service.Id;
        });

        // With the EF filter off, only PostgreSQL's policies stand between Bielefeld and Minden's rows.
        var seenFromBielefeld = await database.WithTenantAsync(bielefeld, async services =>
        {
            var context = services.GetRequiredService<OwlDigitalDbContext>();
            return (await context.Set<OnlineService>().IgnoreQueryFilters().CountAsync(s => s.Id == serviceId),
                    await context.Set<OnlineServiceStatusEntry>().IgnoreQueryFilters().CountAsync(s => s.OnlineServiceId == serviceId));
        });
        seenFromBielefeld.ShouldBe((0, 0));

        await using var connection = new NpgsqlConnection(database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT set_config('app.tenant_id', @bielefeld, false); " +
            "INSERT INTO online_service_statuses (id, tenant_id, online_service_id, reporting_date, status) VALUES (gen_random_uuid(), @minden, @service, date '2030-09-30', 1)",
            connection);
        command.Parameters.AddWithValue("bielefeld", bielefeld.ToString());
        command.Parameters.AddWithValue("minden", minden);
        command.Parameters.AddWithValue("service", serviceId);
        (await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    private Task<Guid> CreateOrgUnitAsync(Guid tenantId, string code, string name) =>
        database.WithTenantAsync(tenantId, async services =>
        {
            var unit = await services.GetRequiredService<OrgUnitManager>().CreateAsync(code, name, null);
            await services.GetRequiredService<IOrgUnitRepository>().InsertAsync(unit);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return unit.Id;
        });
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OwlDigital.Auditing;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.Auditing;

public class AuditLog_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_Change_Should_Be_Recorded_With_Author_Tenant_And_Old_And_New_Values()
    {
        var minden = await database.TenantIdAsync("05770024");
        var editor = await database.CreateAsync("audit-editor@minden.test", MembershipRole.TenantEditor, minden);
        var unitId = await CreateOrgUnitAsync(editor, minden, "AUD-1", "Alter Name");

        await database.AsUserAsync(editor, minden, async services =>
        {
            var unit = await services.GetRequiredService<IOrgUnitRepository>().FindAsync(unitId);
            unit!.SetName("Neuer Name");
            return await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        });

        var (entries, _) = await database.AsUserAsync(editor, minden, services =>
            services.GetRequiredService<IAuditLogRepository>().GetListAsync(new AuditLogQuery { EntityId = unitId.ToString() }));
        entries.Select(e => e.Action).ShouldBe([AuditLogAction.Updated, AuditLogAction.Created]);
        var update = entries[0];
        update.EntityType.ShouldBe(nameof(OrgUnit));
        update.TenantId.ShouldBe(minden);
        update.UserId.ShouldBe(editor.Id);
        update.UserName.ShouldBe("audit-editor@minden.test");
        update.Changes.ShouldBe([new AuditPropertyChange("Name", "Alter Name", "Neuer Name")]);
        entries[1].Changes.ShouldContain(new AuditPropertyChange("Code", null, "AUD-1"));
    }

    [Fact]
    public async Task A_Failed_Save_Should_Leave_No_Audit_Entry()
    {
        var minden = await database.TenantIdAsync("05770024");
        var editor = await database.CreateAsync("audit-atomic@minden.test", MembershipRole.TenantEditor, minden);
        await CreateOrgUnitAsync(editor, minden, "AUD-DUP", "Erster");
        var before = await CountEntriesAsync();

        // Two units with the same code in one tenant break a unique index inside the same save.
        await Should.ThrowAsync<DbUpdateException>(() => database.AsUserAsync(editor, minden, async services =>
        {
            var context = services.GetRequiredService<OwlDigitalDbContext>();
            var duplicate = await services.GetRequiredService<OrgUnitManager>().CreateAsync("AUD-OK", "Zweiter", null);
            context.Add(duplicate);
            await context.SaveChangesAsync();
            context.Entry(duplicate).Property(nameof(OrgUnit.Code)).CurrentValue = "AUD-DUP";
            return await context.SaveChangesAsync();
        }));

        (await CountEntriesAsync()).ShouldBe(before + 1, "only the first, successful save of the second unit is recorded");
    }

    [Fact]
    public async Task Secrets_Should_Be_Masked_And_Bookkeeping_Left_Out()
    {
        var user = await database.CreateAsync("audit-secret@owl.test", MembershipRole.RegionalAnalyst);

        await database.AsUserAsync(user, null, async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OwlUser>>();
            var loaded = await users.FindByIdAsync(user.Id.ToString());
            return await users.ChangePasswordAsync(loaded!, TestUsers.Password, "Neues-Passwort-2026");
        });

        var (entries, _) = await database.AsUserAsync(user, null, services =>
            services.GetRequiredService<IAuditLogRepository>().GetListAsync(new AuditLogQuery { EntityType = "User", EntityId = user.Id.ToString() }));
        var change = entries.First(e => e.Action == AuditLogAction.Updated);
        change.Changes.ShouldContain(new AuditPropertyChange("PasswordHash", AuditLogConsts.MaskedValue, AuditLogConsts.MaskedValue));
        change.Changes.ShouldNotContain(c => c.Property == "ConcurrencyStamp" || c.Property == "LastModificationTime");
        entries.SelectMany(e => e.Changes).ShouldNotContain(c => (c.NewValue ?? string.Empty).StartsWith("AQAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Tenant_Should_Read_Only_Its_Own_Entries_Even_With_Row_Level_Security_Alone()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var bielefelder = await database.CreateAsync("audit-b@bielefeld.test", MembershipRole.TenantEditor, bielefeld);
        var bielefeldUnit = await CreateOrgUnitAsync(bielefelder, bielefeld, "AUD-B", "Bielefelder Einheit");

        var seenFromMinden = await database.WithTenantAsync(minden, services =>
            services.GetRequiredService<OwlDigitalDbContext>().AuditLogEntries.CountAsync(e => e.EntityId == bielefeldUnit.ToString()));
        var seenFromBielefeld = await database.WithTenantAsync(bielefeld, services =>
            services.GetRequiredService<OwlDigitalDbContext>().AuditLogEntries.CountAsync(e => e.EntityId == bielefeldUnit.ToString()));

        seenFromMinden.ShouldBe(0, "the query names no tenant: row-level security alone hides the entry");
        seenFromBielefeld.ShouldBe(1);
    }

    [Fact]
    public async Task The_Application_Role_Should_Neither_Change_Nor_Delete_Entries()
    {
        var minden = await database.TenantIdAsync("05770024");
        var editor = await database.CreateAsync("audit-immutable@minden.test", MembershipRole.TenantEditor, minden);
        await CreateOrgUnitAsync(editor, minden, "AUD-IMM", "Unveränderlich");
        await using var connection = new NpgsqlConnection(database.ApplicationConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "UPDATE audit_log_entries SET user_name = 'x'", "DELETE FROM audit_log_entries" })
        {
            await using var command = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{minden}', false); {sql}", connection);
            var exception = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
        }
    }

    [Fact]
    public async Task A_Cross_Tenant_Read_Should_See_All_Tenants_And_Be_Recorded_Itself()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var a = await database.CreateAsync("audit-cross-a@minden.test", MembershipRole.TenantEditor, minden);
        var b = await database.CreateAsync("audit-cross-b@bielefeld.test", MembershipRole.TenantEditor, bielefeld);
        var admin = await database.CreateAsync("audit-cross@host.test", MembershipRole.HostAdmin);
        var mindenUnit = await CreateOrgUnitAsync(a, minden, "AUD-X1", "Minden");
        var bielefeldUnit = await CreateOrgUnitAsync(b, bielefeld, "AUD-X2", "Bielefeld");

        var (entries, _) = await database.AsUserAsync(admin, null, services =>
            services.GetRequiredService<IAuditLogRepository>().GetListAcrossTenantsAsync(new AuditLogQuery { EntityType = nameof(OrgUnit), Take = 100 }));

        entries.Select(e => e.EntityId).ShouldContain(mindenUnit.ToString());
        entries.Select(e => e.EntityId).ShouldContain(bielefeldUnit.ToString());
        var (reads, _) = await database.AsUserAsync(admin, null, services =>
            services.GetRequiredService<IAuditLogRepository>().GetListAsync(new AuditLogQuery { Action = AuditLogAction.CrossTenantRead }));
        reads.ShouldContain(e => e.UserId == admin.Id && e.EntityType == EfCoreAuditLogRepository.CrossTenantReadPurpose);
    }

    [Fact]
    public async Task Outside_The_Cross_Tenant_Path_The_Setting_Should_Not_Linger_On_A_Pooled_Connection()
    {
        var minden = await database.TenantIdAsync("05770024");
        var editor = await database.CreateAsync("audit-linger@minden.test", MembershipRole.TenantEditor, minden);
        var admin = await database.CreateAsync("audit-linger@host.test", MembershipRole.HostAdmin);
        await CreateOrgUnitAsync(editor, minden, "AUD-L", "Verweilt nicht");
        await database.AsUserAsync(admin, null, services =>
            services.GetRequiredService<IAuditLogRepository>().GetListAcrossTenantsAsync(new AuditLogQuery()));

        var orgUnitsSeenWithoutTenant = await database.WithTenantAsync(null, services =>
            services.GetRequiredService<OwlDigitalDbContext>().Set<OrgUnit>().IgnoreQueryFilters().CountAsync());

        orgUnitsSeenWithoutTenant.ShouldBe(0);
    }

    private async Task<long> CountEntriesAsync() =>
        long.Parse((await TestPostgres.QueryTextAsync(database.OwnerConnectionString, "SELECT count(*)::text FROM audit_log_entries")).Single());

    private Task<Guid> CreateOrgUnitAsync(OwlUser user, Guid tenantId, string code, string name) =>
        database.AsUserAsync(user, tenantId, async services =>
        {
            var unit = await services.GetRequiredService<OrgUnitManager>().CreateAsync(code, name, null);
            await services.GetRequiredService<IOrgUnitRepository>().InsertAsync(unit);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return unit.Id;
        });
}

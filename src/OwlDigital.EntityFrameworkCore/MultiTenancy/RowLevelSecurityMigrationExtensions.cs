using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.MultiTenancy;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>Row-level security for a tenant-owned table, written the same way in every migration.</summary>
public static class RowLevelSecurityMigrationExtensions
{
    public const string PolicyName = "tenant_isolation";

    public static void EnableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        // An unset or empty setting matches no row: without a tenant, nothing is visible or writable.
        const string tenantMatches = $"tenant_id = NULLIF(current_setting('{TenantSettingInterceptor.SettingName}', true), '')::uuid";
        migrationBuilder.Sql($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");

        // Forced, so the policies bind even a role that owns the table (the migrating owner has BYPASSRLS).
        migrationBuilder.Sql($"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"CREATE POLICY {PolicyName} ON {table} USING ({tenantMatches}) WITH CHECK ({tenantMatches});");
    }

    /// <summary>
    /// Lets <see cref="CrossTenantReader"/> read (never write) all rows of the table, inside the
    /// read-only transaction in which it sets the cross-tenant setting.
    /// </summary>
    public static void EnableCrossTenantRead(this MigrationBuilder migrationBuilder, string table) =>
        migrationBuilder.Sql(
            $"CREATE POLICY {CrossTenantReadPolicyName} ON {table} FOR SELECT USING (current_setting('{CrossTenantReader.SettingName}', true) = 'on');");

    public static void DisableCrossTenantRead(this MigrationBuilder migrationBuilder, string table) =>
        migrationBuilder.Sql($"DROP POLICY IF EXISTS {CrossTenantReadPolicyName} ON {table};");

    public const string CrossTenantReadPolicyName = "cross_tenant_read";

    /// <summary>The current tenant as the policies see it (null without a tenant: matches nothing).</summary>
    public const string CurrentTenantSql = $"NULLIF(current_setting('{TenantSettingInterceptor.SettingName}', true), '')::uuid";

    /// <summary>
    /// Lets other tenants read (never write) the rows a condition admits: what a tenant has published
    /// for the others. Policies add up, so this widens reading only; writing stays with the owner.
    /// </summary>
    public static void EnableSharedRead(this MigrationBuilder migrationBuilder, string table, string policyName, string condition) =>
        migrationBuilder.Sql($"CREATE POLICY {policyName} ON {table} FOR SELECT USING ({condition});");

    public static void DisableSharedRead(this MigrationBuilder migrationBuilder, string table, string policyName) =>
        migrationBuilder.Sql($"DROP POLICY IF EXISTS {policyName} ON {table};");

    public static void DisableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        migrationBuilder.Sql($"DROP POLICY IF EXISTS {PolicyName} ON {table};");
        migrationBuilder.Sql($"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>Row-level security for a tenant-owned table, written the same way in every migration.</summary>
public static class RowLevelSecurityMigrationExtensions
{
    public const string PolicyName = "tenant_isolation";

    public static void EnableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        // An unset or empty setting matches no row: without a tenant, nothing is visible or writable.
        const string tenantMatches = $"tenant_id = NULLIF(current_setting('{TenantConnectionInterceptor.SettingName}', true), '')::uuid";
        migrationBuilder.Sql($"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"CREATE POLICY {PolicyName} ON {table} USING ({tenantMatches}) WITH CHECK ({tenantMatches});");
    }

    public static void DisableTenantRowLevelSecurity(this MigrationBuilder migrationBuilder, string table)
    {
        migrationBuilder.Sql($"DROP POLICY IF EXISTS {PolicyName} ON {table};");
        migrationBuilder.Sql($"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY;");
    }
}

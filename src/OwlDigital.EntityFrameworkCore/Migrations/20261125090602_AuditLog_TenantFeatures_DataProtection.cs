using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog_TenantFeatures_DataProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "features",
                table: "tenants",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.CreateTable(
                name: "audit_log_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    entity_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    changes = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entries_tenant_id_time",
                table: "audit_log_entries",
                columns: new[] { "tenant_id", "time" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entries_time",
                table: "audit_log_entries",
                column: "time");

            // Tenants that exist already get what a new tenant gets.
            migrationBuilder.Sql("UPDATE tenants SET features = '{DataPlatform,LoRaWan}';");

            // An entry belongs to the tenant its author worked in (none on the host side): readable
            // there and through the cross-tenant path, insertable only for the current tenant, and
            // never updated or deleted (no policy allows it; the migrator also revokes the rights).
            const string sameTenant = "tenant_id IS NOT DISTINCT FROM NULLIF(current_setting('app.tenant_id', true), '')::uuid";
            migrationBuilder.Sql("ALTER TABLE audit_log_entries ENABLE ROW LEVEL SECURITY;");
            migrationBuilder.Sql($"CREATE POLICY audit_read ON audit_log_entries FOR SELECT USING ({sameTenant});");
            migrationBuilder.Sql($"CREATE POLICY audit_append ON audit_log_entries FOR INSERT WITH CHECK ({sameTenant});");
            migrationBuilder.EnableCrossTenantRead("audit_log_entries");
            migrationBuilder.EnableCrossTenantRead("org_units");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableCrossTenantRead("org_units");

            migrationBuilder.DropTable(
                name: "audit_log_entries");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropColumn(
                name: "features",
                table: "tenants");
        }
    }
}

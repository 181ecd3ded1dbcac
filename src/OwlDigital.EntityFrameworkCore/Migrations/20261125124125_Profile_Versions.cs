using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Profile_Versions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "profile_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    chapter = table.Column<int>(type: "integer", nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    changed_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_profile_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_profile_versions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_profile_versions_tenant_id",
                table: "profile_versions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_profile_versions_tenant_id_number",
                table: "profile_versions",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.EnableTenantRowLevelSecurity("profile_versions");
            migrationBuilder.EnableCrossTenantRead("profile_versions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableCrossTenantRead("profile_versions");
            migrationBuilder.DisableTenantRowLevelSecurity("profile_versions");

            migrationBuilder.DropTable(
                name: "profile_versions");
        }
    }
}

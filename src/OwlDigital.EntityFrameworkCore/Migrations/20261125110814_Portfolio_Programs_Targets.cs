using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Portfolio_Programs_Targets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "program_id",
                table: "measures",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "german"),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    strategic_goal = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programs", x => x.id);
                    table.ForeignKey(
                        name: "fk_programs_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "program_targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    program_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    metric = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    target_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    manual_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    manual_as_of = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_program_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_program_targets_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_program_targets_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_measures_program_id",
                table: "measures",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_targets_program_id",
                table: "program_targets",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "ix_program_targets_tenant_id",
                table: "program_targets",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_programs_tenant_id",
                table: "programs",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_programs_tenant_id_name",
                table: "programs",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_measures_programs_program_id",
                table: "measures",
                column: "program_id",
                principalTable: "programs",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            foreach (var table in new[] { "programs", "program_targets" })
            {
                migrationBuilder.EnableTenantRowLevelSecurity(table);
                migrationBuilder.EnableCrossTenantRead(table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_measures_programs_program_id",
                table: "measures");

            migrationBuilder.DropTable(
                name: "program_targets");

            migrationBuilder.DropTable(
                name: "programs");

            migrationBuilder.DropIndex(
                name: "ix_measures_program_id",
                table: "measures");

            migrationBuilder.DropColumn(
                name: "program_id",
                table: "measures");
        }
    }
}

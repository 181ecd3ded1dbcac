using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Portfolio_Measures_Progress_Periods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "measures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year_reported = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "german"),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    planned_introduction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    benefits = table.Column<int>(type: "integer", nullable: false),
                    project_lead = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    cost_full_time_equivalents = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    cost_one_time = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    cost_running_per_year = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    priority_case_volume = table.Column<int>(type: "integer", nullable: true),
                    priority_citizen_benefit = table.Column<int>(type: "integer", nullable: true),
                    priority_efficiency_gain = table.Column<int>(type: "integer", nullable: true),
                    priority_existing_solution = table.Column<bool>(type: "boolean", nullable: true),
                    priority_internal_benefit = table.Column<int>(type: "integer", nullable: true),
                    priority_staff_departures = table.Column<bool>(type: "boolean", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measures", x => x.id);
                    table.CheckConstraint("ck_measures_benefits", "benefits BETWEEN 1 AND 7");
                    table.ForeignKey(
                        name: "fk_measures_org_unit_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_measures_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reporting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    is_closed = table.Column<bool>(type: "boolean", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_periods", x => x.id);
                    table.CheckConstraint("ck_reporting_periods_date", "(extract(month from reporting_date) = 3 AND extract(day from reporting_date) = 31) OR (extract(month from reporting_date) = 9 AND extract(day from reporting_date) = 30)");
                    table.ForeignKey(
                        name: "fk_reporting_periods_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "measure_progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    measure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reporting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_progress", x => x.id);
                    table.CheckConstraint("ck_measure_progress_value", "value IN ('0','1','2','3','4','5','6','7','8','9','10','a','g')");
                    table.ForeignKey(
                        name: "fk_measure_progress_measure_measure_id",
                        column: x => x.measure_id,
                        principalTable: "measures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_measure_progress_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_measure_progress_measure_id_reporting_date",
                table: "measure_progress",
                columns: new[] { "measure_id", "reporting_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_measure_progress_tenant_id",
                table: "measure_progress",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_measures_org_unit_id",
                table: "measures",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_measures_tenant_id",
                table: "measures",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_measures_tenant_id_number",
                table: "measures",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reporting_periods_tenant_id",
                table: "reporting_periods",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_reporting_periods_tenant_id_reporting_date",
                table: "reporting_periods",
                columns: new[] { "tenant_id", "reporting_date" },
                unique: true);

            foreach (var table in new[] { "measures", "measure_progress", "reporting_periods" })
            {
                migrationBuilder.EnableTenantRowLevelSecurity(table);
                migrationBuilder.EnableCrossTenantRead(table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_progress");

            migrationBuilder.DropTable(
                name: "reporting_periods");

            migrationBuilder.DropTable(
                name: "measures");
        }
    }
}

using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Survey_Rounds_Responses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "survey_rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    min_group_size = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    question_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_rounds", x => x.id);
                    table.CheckConstraint("ck_survey_rounds_period", "period_end >= period_start");
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    prefilled_from_version = table.Column<int>(type: "integer", nullable: true),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    derived = table.Column<string>(type: "jsonb", nullable: false),
                    entered_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entered_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    entered_as = table.Column<int>(type: "integer", nullable: false),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_off_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_responses_survey_round_round_id",
                        column: x => x.round_id,
                        principalTable: "survey_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_survey_responses_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_round_id",
                table: "survey_responses",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_tenant_id",
                table: "survey_responses",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_tenant_id_round_id",
                table: "survey_responses",
                columns: new[] { "tenant_id", "round_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_rounds_name",
                table: "survey_rounds",
                column: "name",
                unique: true);

            migrationBuilder.EnableTenantRowLevelSecurity("survey_responses");
            migrationBuilder.EnableCrossTenantRead("survey_responses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableCrossTenantRead("survey_responses");
            migrationBuilder.DisableTenantRowLevelSecurity("survey_responses");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropTable(
                name: "survey_rounds");
        }
    }
}

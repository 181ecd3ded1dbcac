using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Survey_Publications_Review_Methods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "question_versions",
                table: "survey_rounds",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "survey_responses",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "review_comment",
                table: "survey_responses",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "review_state",
                table: "survey_responses",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reviewed_at",
                table: "survey_responses",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reviewed_by_name",
                table: "survey_responses",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "survey_publications",
                columns: table => new
                {
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_publications", x => x.round_id);
                    table.ForeignKey(
                        name: "fk_survey_publications_survey_round_round_id",
                        column: x => x.round_id,
                        principalTable: "survey_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Rounds that exist already are counted by the current methods (their tenant-visible figures are fixed now).
            migrationBuilder.Sql("""UPDATE survey_rounds SET question_versions = '{"online.count": 2, "portal.since": 2}'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_publications");

            migrationBuilder.DropColumn(
                name: "question_versions",
                table: "survey_rounds");

            migrationBuilder.DropColumn(
                name: "corrections",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "review_comment",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "review_state",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "survey_responses");

            migrationBuilder.DropColumn(
                name: "reviewed_by_name",
                table: "survey_responses");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Survey_Question_Versions : Migration
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

            // Rounds that exist already are counted by the current methods (their tenant-visible figures are fixed now).
            migrationBuilder.Sql("""UPDATE survey_rounds SET question_versions = '{"online.count": 2, "portal.since": 2}'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "question_versions",
                table: "survey_rounds");
        }
    }
}

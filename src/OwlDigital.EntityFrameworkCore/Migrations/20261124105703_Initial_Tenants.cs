using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Initial_Tenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:CollationDefinition:german", "de-DE,de-DE,icu,True");

            migrationBuilder.CreateTable(
                name: "tenants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "german"),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ags = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ars = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    district_key = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    population = table.Column<int>(type: "integer", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenants", x => x.id);
                    table.CheckConstraint("ck_tenants_ags_digits", "ags ~ '^[0-9]{5}([0-9]{3})?$'");
                    table.CheckConstraint("ck_tenants_ars_digits", "ars ~ '^[0-9]{12}$'");
                    table.CheckConstraint("ck_tenants_population", "population >= 0");
                });

            migrationBuilder.CreateIndex(
                name: "ix_tenants_ags",
                table: "tenants",
                column: "ags",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tenants_ars",
                table: "tenants",
                column: "ars",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tenants_district_key",
                table: "tenants",
                column: "district_key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tenants");
        }
    }
}

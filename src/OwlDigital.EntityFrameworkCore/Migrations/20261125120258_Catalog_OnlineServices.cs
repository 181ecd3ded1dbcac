using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Catalog_OnlineServices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "german"),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalog_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "leika_types",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leika_types", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "ozg_life_situations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "german"),
                    topic_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ozg_life_situations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ozg_services",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "german"),
                    life_situation = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    topic = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    responsibility_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    is_retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ozg_services", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ozg_topics",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "german")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ozg_topics", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "efa_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "german"),
                    ozg_service_id = table.Column<int>(type: "integer", nullable: true),
                    providing_state = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_efa_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_efa_services_ozg_service_ozg_service_id",
                        column: x => x.ozg_service_id,
                        principalTable: "ozg_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "leika_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    name = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "german"),
                    occurrence = table.Column<int>(type: "integer", nullable: false),
                    lei_ka_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ozg_service_id = table.Column<int>(type: "integer", nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    sdg_relevant = table.Column<bool>(type: "boolean", nullable: false),
                    municipally_relevant = table.Column<bool>(type: "boolean", nullable: false),
                    is_retired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leika_services", x => x.id);
                    table.CheckConstraint("ck_leika_services_key", "key IS NULL OR key ~ '^[0-9]{14}$'");
                    table.ForeignKey(
                        name: "fk_leika_services_ozg_service_ozg_service_id",
                        column: x => x.ozg_service_id,
                        principalTable: "ozg_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "online_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "german"),
                    implementation = table.Column<int>(type: "integer", nullable: false),
                    measure_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ozg_service_id = table.Column<int>(type: "integer", nullable: true),
                    maturity_level = table.Column<int>(type: "integer", nullable: true),
                    maturity_model = table.Column<int>(type: "integer", nullable: true),
                    fee_required = table.Column<bool>(type: "boolean", nullable: true),
                    payable_online = table.Column<bool>(type: "boolean", nullable: true),
                    authentication = table.Column<int>(type: "integer", nullable: true),
                    form_format = table.Column<int>(type: "integer", nullable: true),
                    form_tool = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    public_url = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    live_since = table.Column<DateOnly>(type: "date", nullable: true),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_online_services", x => x.id);
                    table.CheckConstraint("ck_online_services_fee", "NOT (payable_online AND fee_required = false)");
                    table.CheckConstraint("ck_online_services_maturity", "maturity_level IS NULL OR (maturity_model = 11 AND maturity_level BETWEEN 0 AND 4) OR (maturity_model = 20 AND maturity_level BETWEEN 0 AND 7)");
                    table.ForeignKey(
                        name: "fk_online_services_measure_measure_id",
                        column: x => x.measure_id,
                        principalTable: "measures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_online_services_org_unit_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_online_services_ozg_services_ozg_service_id",
                        column: x => x.ozg_service_id,
                        principalTable: "ozg_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_online_services_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "online_service_leika_links",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    online_service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lei_ka_service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key_when_mapped = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    name_when_mapped = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_online_service_leika_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_online_service_leika_links_leika_services_lei_ka_service_id",
                        column: x => x.lei_ka_service_id,
                        principalTable: "leika_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_online_service_leika_links_online_services_online_service_id",
                        column: x => x.online_service_id,
                        principalTable: "online_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_online_service_leika_links_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "online_service_statuses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    online_service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reporting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_online_service_statuses", x => x.id);
                    table.CheckConstraint("ck_online_service_statuses_status", "status BETWEEN 1 AND 3");
                    table.ForeignKey(
                        name: "fk_online_service_statuses_online_services_online_service_id",
                        column: x => x.online_service_id,
                        principalTable: "online_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_online_service_statuses_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_catalog_products_kind_name",
                table: "catalog_products",
                columns: new[] { "kind", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_efa_services_ozg_service_id",
                table: "efa_services",
                column: "ozg_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_leika_services_key",
                table: "leika_services",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_leika_services_municipally_relevant_is_retired",
                table: "leika_services",
                columns: new[] { "municipally_relevant", "is_retired" });

            migrationBuilder.CreateIndex(
                name: "ix_leika_services_ozg_service_id",
                table: "leika_services",
                column: "ozg_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_service_leika_links_lei_ka_service_id",
                table: "online_service_leika_links",
                column: "lei_ka_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_service_leika_links_online_service_id_lei_ka_service",
                table: "online_service_leika_links",
                columns: new[] { "online_service_id", "lei_ka_service_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_online_service_leika_links_tenant_id",
                table: "online_service_leika_links",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_service_statuses_online_service_id_reporting_date",
                table: "online_service_statuses",
                columns: new[] { "online_service_id", "reporting_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_online_service_statuses_tenant_id",
                table: "online_service_statuses",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_services_measure_id",
                table: "online_services",
                column: "measure_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_services_org_unit_id",
                table: "online_services",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_services_ozg_service_id",
                table: "online_services",
                column: "ozg_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_services_tenant_id",
                table: "online_services",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_online_services_tenant_id_number",
                table: "online_services",
                columns: new[] { "tenant_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ozg_life_situations_topic_id",
                table: "ozg_life_situations",
                column: "topic_id");

            migrationBuilder.CreateIndex(
                name: "ix_ozg_services_topic",
                table: "ozg_services",
                column: "topic");

            foreach (var table in new[] { "online_services", "online_service_statuses", "online_service_leika_links" })
            {
                migrationBuilder.EnableTenantRowLevelSecurity(table);
                migrationBuilder.EnableCrossTenantRead(table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "online_services", "online_service_statuses", "online_service_leika_links" })
            {
                migrationBuilder.DisableCrossTenantRead(table);
                migrationBuilder.DisableTenantRowLevelSecurity(table);
            }

            migrationBuilder.DropTable(
                name: "catalog_products");

            migrationBuilder.DropTable(
                name: "efa_services");

            migrationBuilder.DropTable(
                name: "leika_types");

            migrationBuilder.DropTable(
                name: "online_service_leika_links");

            migrationBuilder.DropTable(
                name: "online_service_statuses");

            migrationBuilder.DropTable(
                name: "ozg_life_situations");

            migrationBuilder.DropTable(
                name: "ozg_topics");

            migrationBuilder.DropTable(
                name: "leika_services");

            migrationBuilder.DropTable(
                name: "online_services");

            migrationBuilder.DropTable(
                name: "ozg_services");
        }
    }
}

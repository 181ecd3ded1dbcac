using System;
using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <inheritdoc />
    public partial class Sharing_Forms_EfaPlans_Notifications : Migration
    {
        private static readonly string[] Tables =
            ["shared_forms", "shared_form_versions", "shared_form_attachments", "form_adoptions", "form_questions", "efa_adoption_plans", "notifications"];

        private const string PublishedForm = "EXISTS (SELECT 1 FROM shared_forms f WHERE f.id = form_id AND f.state = 1)";

        /// <summary>
        /// What other tenants may read: forms once published (a withdrawn one stays readable, so its
        /// adopters keep their link and a late adopter is told it was withdrawn), versions and files
        /// of published forms only, the adoptions of one's own forms, one's threads, shared EfA plans.
        /// </summary>
        private static readonly (string Table, string Policy, string Condition)[] SharedReads =
        [
            ("shared_forms", "published_read", "state IN (1, 2)"),
            ("shared_form_versions", "published_read", PublishedForm),
            ("shared_form_attachments", "published_read", PublishedForm),
            ("form_adoptions", "publisher_read", $"publisher_tenant_id = {RowLevelSecurityMigrationExtensions.CurrentTenantSql}"),
            ("form_questions", "party_read", $"asker_tenant_id = {RowLevelSecurityMigrationExtensions.CurrentTenantSql} OR publisher_tenant_id = {RowLevelSecurityMigrationExtensions.CurrentTenantSql}"),
            ("efa_adoption_plans", "shared_read", "is_shared"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "adopted_from_form_id",
                table: "online_services",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "adopted_from_version",
                table: "online_services",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "efa_adoption_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    efa_service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    district_key = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    planned_date = table.Column<DateOnly>(type: "date", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    contact = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    is_shared = table.Column<bool>(type: "boolean", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_efa_adoption_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_efa_adoption_plans_efa_services_efa_service_id",
                        column: x => x.efa_service_id,
                        principalTable: "efa_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_efa_adoption_plans_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "form_adoptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<Guid>(type: "uuid", nullable: false),
                    publisher_tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    publisher_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    adopter_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    online_service_id = table.Column<Guid>(type: "uuid", nullable: false),
                    adopted_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    adopted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_form_adoptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_form_adoptions_online_services_online_service_id",
                        column: x => x.online_service_id,
                        principalTable: "online_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_form_adoptions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "form_questions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<Guid>(type: "uuid", nullable: false),
                    publisher_tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asker_tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_tenant_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    author_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_form_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_form_questions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_title = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    from_tenant_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shared_forms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    publisher_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    district_key = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    title = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    lei_ka_key = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    lei_ka_name = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    ozg_service_id = table.Column<int>(type: "integer", nullable: true),
                    form_tool = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    tool_version = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    format = table.Column<int>(type: "integer", nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    contact = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    concurrency_stamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    creation_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modification_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shared_forms", x => x.id);
                    table.ForeignKey(
                        name: "fk_shared_forms_ozg_services_ozg_service_id",
                        column: x => x.ozg_service_id,
                        principalTable: "ozg_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shared_forms_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shared_form_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shared_form_attachments", x => x.id);
                    table.CheckConstraint("ck_shared_form_attachments_size", "size <= 10485760");
                    table.ForeignKey(
                        name: "fk_shared_form_attachments_shared_form_form_id",
                        column: x => x.form_id,
                        principalTable: "shared_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_shared_form_attachments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shared_form_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    tool_version = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shared_form_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_shared_form_versions_shared_forms_form_id",
                        column: x => x.form_id,
                        principalTable: "shared_forms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_shared_form_versions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_efa_adoption_plans_efa_service_id",
                table: "efa_adoption_plans",
                column: "efa_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_efa_adoption_plans_tenant_id",
                table: "efa_adoption_plans",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_efa_adoption_plans_tenant_id_efa_service_id",
                table: "efa_adoption_plans",
                columns: new[] { "tenant_id", "efa_service_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_form_adoptions_online_service_id",
                table: "form_adoptions",
                column: "online_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_form_adoptions_publisher_tenant_id",
                table: "form_adoptions",
                column: "publisher_tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_form_adoptions_tenant_id",
                table: "form_adoptions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_form_adoptions_tenant_id_form_id",
                table: "form_adoptions",
                columns: new[] { "tenant_id", "form_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_form_questions_form_id_asker_tenant_id",
                table: "form_questions",
                columns: new[] { "form_id", "asker_tenant_id" });

            migrationBuilder.CreateIndex(
                name: "ix_form_questions_tenant_id",
                table: "form_questions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_tenant_id",
                table: "notifications",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_tenant_id_created_at",
                table: "notifications",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_shared_form_attachments_form_id_version_number",
                table: "shared_form_attachments",
                columns: new[] { "form_id", "version_number" });

            migrationBuilder.CreateIndex(
                name: "ix_shared_form_attachments_tenant_id",
                table: "shared_form_attachments",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_shared_form_versions_form_id_number",
                table: "shared_form_versions",
                columns: new[] { "form_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shared_form_versions_tenant_id",
                table: "shared_form_versions",
                column: "tenant_id");

            migrationBuilder.CreateIndex(
                name: "ix_shared_forms_lei_ka_key",
                table: "shared_forms",
                column: "lei_ka_key");

            migrationBuilder.CreateIndex(
                name: "ix_shared_forms_ozg_service_id",
                table: "shared_forms",
                column: "ozg_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_shared_forms_tenant_id",
                table: "shared_forms",
                column: "tenant_id");

            // Every sharing table is tenant-owned; what crosses the border is read-only and named.
            foreach (var table in Tables)
            {
                migrationBuilder.EnableTenantRowLevelSecurity(table);
            }

            foreach (var table in new[] { "shared_forms", "shared_form_versions", "shared_form_attachments", "form_adoptions", "efa_adoption_plans" })
            {
                migrationBuilder.EnableCrossTenantRead(table);
            }

            foreach (var (table, policy, condition) in SharedReads)
            {
                migrationBuilder.EnableSharedRead(table, policy, condition);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, policy, _) in SharedReads)
            {
                migrationBuilder.DisableSharedRead(table, policy);
            }

            foreach (var table in Tables)
            {
                migrationBuilder.DisableCrossTenantRead(table);
                migrationBuilder.DisableTenantRowLevelSecurity(table);
            }

            migrationBuilder.DropTable(
                name: "efa_adoption_plans");

            migrationBuilder.DropTable(
                name: "form_adoptions");

            migrationBuilder.DropTable(
                name: "form_questions");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "shared_form_attachments");

            migrationBuilder.DropTable(
                name: "shared_form_versions");

            migrationBuilder.DropTable(
                name: "shared_forms");

            migrationBuilder.DropColumn(
                name: "adopted_from_form_id",
                table: "online_services");

            migrationBuilder.DropColumn(
                name: "adopted_from_version",
                table: "online_services");
        }
    }
}

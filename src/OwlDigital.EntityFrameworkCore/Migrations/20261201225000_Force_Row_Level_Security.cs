using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <summary>
    /// FORCE ROW LEVEL SECURITY on every table that has policies (the tenant-owned tables and the
    /// audit log): should the application's role ever own a table, its policies still bind it. The
    /// owner role that migrates has BYPASSRLS, so data migrations still see every row.
    /// </summary>
    public partial class Force_Row_Level_Security : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statement("FORCE"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Statement("NO FORCE"));

        private static string Statement(string force) => $"""
            DO $$
            DECLARE t record;
            BEGIN
              FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
              LOOP
                EXECUTE format('ALTER TABLE %I {force} ROW LEVEL SECURITY', t.relname);
              END LOOP;
            END
            $$;
            """;
    }
}

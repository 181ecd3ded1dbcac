using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Sharing;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <summary>
    /// "Used by n tenants" without opening the adoptions: a function that runs with its owner's
    /// rights (the schema owner, whom row-level security does not restrict) and returns only the
    /// number of adopters per form, for published forms and the calling tenant's own.
    /// </summary>
    public partial class Sharing_AdoptionCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION {EfCoreSharingRepository.AdoptionCountsFunction}()
                RETURNS TABLE (form_id uuid, adopters integer)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
                    SELECT a.form_id, count(*)::integer
                    FROM form_adoptions a JOIN shared_forms f ON f.id = a.form_id
                    WHERE f.state = 1 OR f.tenant_id = {RowLevelSecurityMigrationExtensions.CurrentTenantSql}
                    GROUP BY a.form_id
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {EfCoreSharingRepository.AdoptionCountsFunction}();");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Sharing;

#nullable disable

namespace OwlDigital.Migrations
{
    /// <summary>
    /// The sharing read policies narrowed to what the application shows another tenant:
    /// <list type="bullet">
    /// <item>a form is readable by others only while published and only where its visibility
    /// reaches (the region, or the publisher's district); a withdrawn form only by the tenants that
    /// adopted it;</item>
    /// <item>an adoption no longer opens to the publisher as a row (it carries the adopting
    /// person's name and the adopter's service): the publisher gets tenant, version and date of
    /// its forms' adopters from <c>shared_form_adopters()</c>;</item>
    /// <item>an EfA plan no longer opens to other tenants as a row (its notes are internal): the
    /// shared plans come from <c>shared_efa_plans()</c> without the notes;</item>
    /// <item>the adoption counts follow the forms' visibility, and every function that runs with
    /// its owner's rights pins its search path with <c>pg_temp</c> last, so no temporary object
    /// can stand in for a table.</item>
    /// </list>
    /// Functions instead of views: a simple view is updatable, and one running with its owner's
    /// rights would let the application role write past the policies.
    /// </summary>
    public partial class Narrow_Sharing_Read_Policies : Migration
    {
        private const string CurrentTenant = RowLevelSecurityMigrationExtensions.CurrentTenantSql;

        /// <summary>The same rule as <c>SharedForm.IsVisibleTo</c> for a published form of another tenant.</summary>
        private const string ReachesCurrentTenant =
            $"(visibility = 1 OR district_key = (SELECT t.district_key FROM tenants t WHERE t.id = {CurrentTenant}))";

        private const string AdoptedByCurrentTenant =
            $"EXISTS (SELECT 1 FROM form_adoptions a WHERE a.form_id = shared_forms.id AND a.tenant_id = {CurrentTenant})";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableSharedRead("shared_forms", "published_read");
            migrationBuilder.EnableSharedRead("shared_forms", "published_read",
                $"(state = 1 AND {ReachesCurrentTenant}) OR (state = 2 AND {AdoptedByCurrentTenant})");

            migrationBuilder.DisableSharedRead("form_adoptions", "publisher_read");
            migrationBuilder.DisableSharedRead("efa_adoption_plans", "shared_read");

            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION {EfCoreSharingRepository.AdoptionCountsFunction}()
                RETURNS TABLE (form_id uuid, adopters integer)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
                    SELECT a.form_id, count(*)::integer
                    FROM form_adoptions a JOIN shared_forms f ON f.id = a.form_id
                    WHERE f.tenant_id = {CurrentTenant}
                       OR (f.state = 1 AND (f.visibility = 1 OR f.district_key = (SELECT t.district_key FROM tenants t WHERE t.id = {CurrentTenant})))
                    GROUP BY a.form_id
                $$;
                """);

            migrationBuilder.Sql($"""
                CREATE FUNCTION {EfCoreSharingRepository.FormAdoptersFunction}(p_form_id uuid)
                RETURNS TABLE (tenant_id uuid, adopter_name text, version_number integer, adopted_at timestamptz)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
                    SELECT a.tenant_id, a.adopter_name::text, a.version_number, a.adopted_at
                    FROM form_adoptions a
                    WHERE a.form_id = p_form_id AND a.publisher_tenant_id = {CurrentTenant}
                    ORDER BY a.adopted_at
                $$;
                """);

            migrationBuilder.Sql($"""
                CREATE FUNCTION {EfCoreSharingRepository.SharedEfaPlansFunction}()
                RETURNS TABLE (tenant_id uuid, tenant_name text, district_key text, efa_service_id uuid, state integer, planned_date date, rejection_reason text, contact text)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
                    SELECT p.tenant_id, p.tenant_name::text, p.district_key::text, p.efa_service_id, p.state, p.planned_date, p.rejection_reason::text, p.contact::text
                    FROM efa_adoption_plans p
                    WHERE p.is_shared
                $$;
                """);

            // Functions are executable by every role unless told otherwise: only the application
            // role (granted by the DbMigrator) may call the ones that read past the policies.
            migrationBuilder.Sql($"""
                REVOKE ALL ON FUNCTION {EfCoreSharingRepository.AdoptionCountsFunction}() FROM PUBLIC;
                REVOKE ALL ON FUNCTION {EfCoreSharingRepository.FormAdoptersFunction}(uuid) FROM PUBLIC;
                REVOKE ALL ON FUNCTION {EfCoreSharingRepository.SharedEfaPlansFunction}() FROM PUBLIC;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {EfCoreSharingRepository.SharedEfaPlansFunction}();");
            migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {EfCoreSharingRepository.FormAdoptersFunction}(uuid);");
            migrationBuilder.Sql($"""
                CREATE OR REPLACE FUNCTION {EfCoreSharingRepository.AdoptionCountsFunction}()
                RETURNS TABLE (form_id uuid, adopters integer)
                LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
                    SELECT a.form_id, count(*)::integer
                    FROM form_adoptions a JOIN shared_forms f ON f.id = a.form_id
                    WHERE f.state = 1 OR f.tenant_id = {CurrentTenant}
                    GROUP BY a.form_id
                $$;
                """);
            migrationBuilder.EnableSharedRead("efa_adoption_plans", "shared_read", "is_shared");
            migrationBuilder.EnableSharedRead("form_adoptions", "publisher_read", $"publisher_tenant_id = {CurrentTenant}");
            migrationBuilder.DisableSharedRead("shared_forms", "published_read");
            migrationBuilder.EnableSharedRead("shared_forms", "published_read", "state IN (1, 2)");
        }
    }
}

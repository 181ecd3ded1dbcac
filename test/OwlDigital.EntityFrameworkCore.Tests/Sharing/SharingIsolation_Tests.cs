using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OwlDigital.Catalog;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.Sharing;
using OwlDigital.TestBase;
using OwlDigital.Uow;

namespace OwlDigital.EntityFrameworkCore.Tests.Sharing;

/// <summary>
/// The sharing tables as PostgreSQL enforces them for the application role, with no EF filter in
/// the way: what a stranger, the adopter and the publisher can read of Minden's sharing, and that
/// none of them can write it.
/// </summary>
public class SharingIsolation_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n");

    [Fact]
    public async Task Only_What_The_Application_Shows_Should_Cross_The_Border_And_None_Should_Be_Writable()
    {
        var (minden, bielefeld, paderborn, neighbour) = (
            await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"), await database.TenantIdAsync("05774032"), await database.TenantIdAsync("05770028"));
        var admin = await database.CreateAsync("sharing-rls-admin@owl.test", MembershipRole.HostAdmin);
        var mindenCdo = await database.CreateAsync("sharing-rls-minden@owl.test", MembershipRole.TenantAdmin, minden);
        var bielefeldCdo = await database.CreateAsync("sharing-rls-bielefeld@owl.test", MembershipRole.TenantAdmin, bielefeld);
        var (shared, kept) = await database.AsUserAsync(admin, null, async services =>
        {
            var catalog = services.GetRequiredService<ICatalogAppService>();
            return (await catalog.CreateEfaServiceAsync(new SaveEfaServiceDto("Wohngeld digital", null, "Nordrhein-Westfalen", EfaStatus.Available)),
                await catalog.CreateEfaServiceAsync(new SaveEfaServiceDto("Elterngeld digital", null, "Bremen", EfaStatus.Available)));
        });

        var (published, withdrawn) = await database.AsUserAsync(mindenCdo, minden, async services =>
        {
            var forms = services.GetRequiredService<ISharedFormAppService>();
            var plans = services.GetRequiredService<IEfaPlanAppService>();
            var first = await forms.PublishAsync(Form("Veröffentlicht", new UploadedFileDto("a.pdf", Pdf)));
            var second = await forms.PublishAsync(Form("Zurückgezogen", new UploadedFileDto("b.pdf", Pdf)));
            await forms.PublishAsync(Form("Nur im Kreis", new UploadedFileDto("c.pdf", Pdf), SharingVisibility.District));
            await plans.SavePlanAsync(shared.Id, new SaveEfaPlanDto(EfaPlanState.InUse, null, null, "intern: Budget 2027 noch offen", null, true, null));
            await plans.SavePlanAsync(kept.Id, new SaveEfaPlanDto(EfaPlanState.Planned, new DateOnly(2027, 1, 1), null, null, null, false, null));
            return (first.Id, second.Id);
        });
        await database.AsUserAsync(bielefeldCdo, bielefeld, async services =>
        {
            var unit = await services.GetRequiredService<OrgUnitManager>().CreateAsync("0.1", "Bürgerbüro", null);
            await services.GetRequiredService<IOrgUnitRepository>().InsertAsync(unit);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            var forms = services.GetRequiredService<ISharedFormAppService>();
            await forms.AdoptAsync(published, new AdoptFormDto(unit.Id));
            await forms.AdoptAsync(withdrawn, new AdoptFormDto(unit.Id));
            return await forms.AskAsync(published, new AskDto("Welche Version des Formularservers?"));
        });
        await database.AsUserAsync(mindenCdo, minden, services => services.GetRequiredService<ISharedFormAppService>().WithdrawAsync(withdrawn));

        var stranger = await CountAsync(paderborn, minden, bielefeld);
        var adopter = await CountAsync(bielefeld, minden, bielefeld);
        var inTheDistrict = await CountAsync(neighbour, minden, bielefeld);
        var publisher = await CountAsync(minden, minden, bielefeld);

        stranger.ShouldBe(new Counts(Forms: 1, Versions: 1, Attachments: 1, Adoptions: 0, Questions: 0, Plans: 0, Notifications: 0),
            "the published region-wide form only: not the district's form, not the withdrawn one, no plan row, nothing of the adoption or the thread");
        adopter.ShouldBe(new Counts(Forms: 2, Versions: 1, Attachments: 1, Adoptions: 2, Questions: 1, Plans: 0, Notifications: 0),
            "the published form and the withdrawn one it adopted (the files of the published one only), its own adoptions and question");
        inTheDistrict.Forms.ShouldBe(2, "a municipality of the district also reads the district's form");
        (inTheDistrict.Versions, inTheDistrict.Attachments).ShouldBe((2, 2));
        publisher.ShouldBe(new Counts(Forms: 3, Versions: 3, Attachments: 3, Adoptions: 0, Questions: 1, Plans: 2, Notifications: 3),
            "all of its own and the thread on its form; the adoptions are Bielefeld's rows, no longer readable as such");

        (await QueryAsync(minden, $"SELECT adopter_name || '/' || version_number FROM shared_form_adopters('{published}')")).ShouldBe(["Bielefeld, Stadt/1"],
            "the publisher learns which tenant took which version, not who in it");
        (await QueryAsync(paderborn, $"SELECT count(*) FROM shared_form_adopters('{published}')")).ShouldBe(["0"], "only the publisher asks who adopted");
        (await QueryAsync(paderborn, $"SELECT adopters FROM shared_form_adoption_counts() WHERE form_id = '{published}'")).ShouldBe(["1"],
            "how many adopted a published form is public within OWL, who adopted is not");
        (await QueryAsync(paderborn, $"SELECT count(*) FROM shared_form_adoption_counts() WHERE form_id = '{withdrawn}'")).ShouldBe(["0"], "nor does a withdrawn form's count cross");
        (await QueryAsync(paderborn, $"SELECT tenant_name || ':' || state FROM shared_efa_plans() WHERE tenant_id = '{minden}'")).ShouldBe(["Minden, Stadt:3"],
            "a shared plan is listed for the region, the unshared one is not");
        (await QueryAsync(paderborn, $"SELECT to_jsonb(p)::text FROM shared_efa_plans() p WHERE tenant_id = '{minden}'")).Single().ShouldNotContain("Budget",
            customMessage: "the plan's notes stay with the tenant");

        // Functions that run with their owner's rights must not find a temporary table first.
        (await QueryAsync(paderborn, "SELECT proname || ' ' || coalesce(array_to_string(proconfig, ','), '-') FROM pg_proc WHERE prosecdef AND pronamespace = 'public'::regnamespace ORDER BY proname"))
            .ShouldBe(["shared_efa_plans search_path=public, pg_temp", "shared_form_adopters search_path=public, pg_temp", "shared_form_adoption_counts search_path=public, pg_temp"]);
        (await QueryAsync(paderborn, "SELECT bool_or(has_function_privilege('public', oid, 'EXECUTE')) FROM pg_proc WHERE prosecdef AND pronamespace = 'public'::regnamespace"))
            .ShouldBe(["False"], "only the application role may call them, not every role that can connect");

        foreach (var tenant in new[] { paderborn, bielefeld })
        {
            (await ExecuteAsync(tenant, $"UPDATE shared_forms SET title = 'übernommen' WHERE id = '{published}'")).ShouldBe(0);
            (await ExecuteAsync(tenant, $"DELETE FROM shared_form_versions WHERE form_id = '{published}'")).ShouldBe(0);
            (await ExecuteAsync(tenant, $"UPDATE shared_form_attachments SET file_name = 'x.pdf' WHERE form_id = '{published}'")).ShouldBe(0);
            (await ExecuteAsync(tenant, $"UPDATE efa_adoption_plans SET state = 4 WHERE tenant_id = '{minden}'")).ShouldBe(0);
        }

        var smuggled = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(
            paderborn,
            $"INSERT INTO shared_forms (id, tenant_id, publisher_name, district_key, title, visibility, state, published_at, current_version, concurrency_stamp, creation_time) " +
            $"VALUES (gen_random_uuid(), '{minden}', 'Minden', '05770', 'untergeschoben', 1, 1, now(), 1, 'x', now())"));
        smuggled.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await CountAsync(minden, minden, bielefeld)).Forms.ShouldBe(3);
    }

    private static PublishFormDto Form(string title, UploadedFileDto file, SharingVisibility visibility = SharingVisibility.Region) =>
        new(title, null, null, "Form-Solutions", "5.1", null, null, "frei", "digital@minden.example", visibility, null, [file]);

    private sealed record Counts(int Forms, int Versions, int Attachments, int Adoptions, int Questions, int Plans, int Notifications);

    /// <summary>Rows of Minden's sharing (and of Bielefeld's adoption and question) the application role sees as the given tenant.</summary>
    private async Task<Counts> CountAsync(Guid asTenant, Guid minden, Guid bielefeld)
    {
        async Task<int> Count(string sql) => int.Parse((await QueryAsync(asTenant, sql)).Single());
        return new Counts(
            await Count($"SELECT count(*) FROM shared_forms WHERE tenant_id = '{minden}'"),
            await Count($"SELECT count(*) FROM shared_form_versions WHERE tenant_id = '{minden}'"),
            await Count($"SELECT count(*) FROM shared_form_attachments WHERE tenant_id = '{minden}'"),
            await Count($"SELECT count(*) FROM form_adoptions WHERE tenant_id = '{bielefeld}'"),
            await Count($"SELECT count(*) FROM form_questions WHERE tenant_id = '{bielefeld}'"),
            await Count($"SELECT count(*) FROM efa_adoption_plans WHERE tenant_id = '{minden}'"),
            await Count($"SELECT count(*) FROM notifications WHERE tenant_id = '{minden}'"));
    }

    private async Task<List<string>> QueryAsync(Guid asTenant, string sql)
    {
        await using var connection = await OpenAsAsync(asTenant);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private async Task<int> ExecuteAsync(Guid asTenant, string sql)
    {
        await using var connection = await OpenAsAsync(asTenant);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> OpenAsAsync(Guid tenant)
    {
        var connection = new NpgsqlConnection(database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT set_config('app.tenant_id', @tenant, false)", connection);
        command.Parameters.AddWithValue("tenant", tenant.ToString());
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}

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
    public async Task Only_Published_And_Shared_Rows_Should_Cross_The_Border_And_None_Should_Be_Writable()
    {
        var (minden, bielefeld, paderborn) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"), await database.TenantIdAsync("05774032"));
        var admin = await database.CreateAsync("sharing-rls-admin@owl.test", MembershipRole.HostAdmin);
        var mindenCdo = await database.CreateAsync("sharing-rls-minden@owl.test", MembershipRole.TenantAdmin, minden);
        var bielefeldCdo = await database.CreateAsync("sharing-rls-bielefeld@owl.test", MembershipRole.TenantAdmin, bielefeld);
        var (shared, kept) = await database.AsUserAsync(admin, null, async services =>
        {
            var catalog = services.GetRequiredService<ICatalogAppService>();
            return (await catalog.CreateEfaServiceAsync(new SaveEfaServiceDto("Wohngeld digital", null, "Nordrhein-Westfalen", EfaStatus.Available)),
                await catalog.CreateEfaServiceAsync(new SaveEfaServiceDto("Elterngeld digital", null, "Bremen", EfaStatus.Available)));
        });

        var published = await database.AsUserAsync(mindenCdo, minden, async services =>
        {
            var forms = services.GetRequiredService<ISharedFormAppService>();
            var plans = services.GetRequiredService<IEfaPlanAppService>();
            var first = await forms.PublishAsync(Form("Veröffentlicht", new UploadedFileDto("a.pdf", Pdf)));
            var second = await forms.PublishAsync(Form("Zurückgezogen", new UploadedFileDto("b.pdf", Pdf)));
            await forms.WithdrawAsync(second.Id);
            await plans.SavePlanAsync(shared.Id, new SaveEfaPlanDto(EfaPlanState.InUse, null, null, null, null, true, null));
            await plans.SavePlanAsync(kept.Id, new SaveEfaPlanDto(EfaPlanState.Planned, new DateOnly(2027, 1, 1), null, null, null, false, null));
            return first.Id;
        });
        await database.AsUserAsync(bielefeldCdo, bielefeld, async services =>
        {
            var unit = await services.GetRequiredService<OrgUnitManager>().CreateAsync("0.1", "Bürgerbüro", null);
            await services.GetRequiredService<IOrgUnitRepository>().InsertAsync(unit);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            var forms = services.GetRequiredService<ISharedFormAppService>();
            await forms.AdoptAsync(published, new AdoptFormDto(unit.Id));
            return await forms.AskAsync(published, new AskDto("Welche Version des Formularservers?"));
        });

        var stranger = await CountAsync(paderborn, minden, bielefeld);
        var adopter = await CountAsync(bielefeld, minden, bielefeld);
        var publisher = await CountAsync(minden, minden, bielefeld);

        stranger.ShouldBe(new Counts(Forms: 2, Versions: 1, Attachments: 1, Adoptions: 0, Questions: 0, Plans: 1, Notifications: 0),
            "forms once published (withdrawn too), versions and files of the published one only, shared plans only; nothing of the adoption or the thread");
        (await QueryAsync(paderborn, $"SELECT adopters FROM shared_form_adoption_counts() WHERE form_id = '{published}'")).ShouldBe(["1"],
            "how many adopted a published form is public within OWL, who adopted is not");
        adopter.Adoptions.ShouldBe(1, "its own adoption");
        adopter.Questions.ShouldBe(1, "its own question");
        publisher.ShouldBe(new Counts(Forms: 2, Versions: 2, Attachments: 2, Adoptions: 1, Questions: 1, Plans: 2, Notifications: 2),
            "the publisher sees all of its own, the adoption of its form and the thread on it, its notifications (adopted, asked)");

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
        (await CountAsync(minden, minden, bielefeld)).Forms.ShouldBe(2);
    }

    private static PublishFormDto Form(string title, UploadedFileDto file) =>
        new(title, null, null, "Form-Solutions", "5.1", null, null, "frei", "digital@minden.example", SharingVisibility.Region, null, [file]);

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

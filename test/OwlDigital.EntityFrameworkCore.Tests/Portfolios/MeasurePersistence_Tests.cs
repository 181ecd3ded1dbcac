using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.ExceptionHandling;
using OwlDigital.Memberships;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Uow;
using OwlDigital.Users;

namespace OwlDigital.EntityFrameworkCore.Tests.Portfolios;

public class MeasurePersistence_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateOnly Mar2023 = new(2023, 3, 31);
    private static readonly DateOnly Sep2023 = new(2023, 9, 30);

    [Fact]
    public async Task A_Measure_Should_Keep_Its_Year_Reported_And_Every_Kind_Of_Progress_Value()
    {
        var minden = await database.TenantIdAsync("05770024");
        var editor = await database.CreateAsync("measures@minden.test", MembershipRole.TenantEditor, minden);
        var id = await CreateMeasureAsync(editor, minden, "MP 078", "2020-U(10)", m =>
        {
            m.SetDetails("Elektronischer Rechnungsworkflow", "2010-2012", null);
            m.SetPrioritisation(new Prioritisation(Rating.High, Rating.Medium, true, null, Rating.High, false));
            m.SetCosts(new MeasureCosts(25_000m, 4_800.50m, 0.25m));
            m.ReportProgress(Mar2023, ProgressValue.Abandoned);
            m.ReportProgress(Sep2023, ProgressValue.FromLevel(10));
        });

        var loaded = await database.AsUserAsync(editor, minden, services => services.GetRequiredService<IMeasureRepository>().FindAsync(id));

        loaded.ShouldNotBeNull();
        loaded.YearReported.ShouldBe(new YearReported(2020, AlreadyImplementedAtStart: true));
        loaded.PlannedIntroduction.ShouldBe("2010-2012");
        loaded.Prioritisation.ShouldBe(new Prioritisation(Rating.High, Rating.Medium, true, null, Rating.High, false));
        loaded.Costs.ShouldBe(new MeasureCosts(25_000m, 4_800.50m, 0.25m));
        loaded.ProgressAt(Mar2023).ShouldBe(ProgressValue.Abandoned);
        loaded.StatusAt(Sep2023).ShouldBe(MeasureStatus.Implemented);
        var stored = await TestPostgres.QueryTextAsync(database.OwnerConnectionString, $"SELECT value FROM measure_progress WHERE measure_id = '{id}' ORDER BY reporting_date");
        stored.ShouldBe(["a", "10"]);
    }

    [Fact]
    public async Task A_Number_Should_Be_Used_Once_Per_Tenant_But_Again_In_Another()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var mindener = await database.CreateAsync("dup@minden.test", MembershipRole.TenantEditor, minden);
        var bielefelder = await database.CreateAsync("dup@bielefeld.test", MembershipRole.TenantEditor, bielefeld);
        await CreateMeasureAsync(mindener, minden, "MP 500", "2023");

        var duplicate = await Should.ThrowAsync<BusinessException>(() => CreateMeasureAsync(mindener, minden, "mp500", "2023"));
        await CreateMeasureAsync(bielefelder, bielefeld, "MP 500", "2023");

        duplicate.Code.ShouldBe(OwlDigitalErrorCodes.Portfolios.DuplicateMeasureNumber);
        duplicate.Field.ShouldBe(nameof(Measure.Number));
    }

    [Fact]
    public async Task The_Database_Should_Refuse_A_Progress_Value_Outside_The_Scale()
    {
        var minden = await database.TenantIdAsync("05770024");
        var editor = await database.CreateAsync("check@minden.test", MembershipRole.TenantEditor, minden);
        var id = await CreateMeasureAsync(editor, minden, "MP 600", "2023", m => m.ReportProgress(Sep2023, ProgressValue.FromLevel(3)));
        await using var connection = new NpgsqlConnection(database.ApplicationConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT set_config('app.tenant_id', '{minden}', false); UPDATE measure_progress SET value = '11' WHERE measure_id = '{id}'", connection);

        var exception = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        exception.SqlState.ShouldBe(PostgresErrorCodes.CheckViolation);
    }

    [Fact]
    public async Task Measures_And_Their_Progress_Should_Stay_Invisible_To_Other_Tenants_Even_Without_The_Filter()
    {
        var (minden, bielefeld) = (await database.TenantIdAsync("05770024"), await database.TenantIdAsync("05711000"));
        var editor = await database.CreateAsync("hidden@minden.test", MembershipRole.TenantEditor, minden);
        await CreateMeasureAsync(editor, minden, "MP 700", "2023", m => m.ReportProgress(Sep2023, ProgressValue.FromLevel(7)));

        var (measures, progress) = await database.WithTenantAsync(bielefeld, async services =>
        {
            var context = services.GetRequiredService<OwlDigitalDbContext>();
            return (
                await context.Set<Measure>().IgnoreQueryFilters().CountAsync(m => m.Number == "MP 700"),
                await context.Set<MeasureProgress>().IgnoreQueryFilters().CountAsync(p => p.TenantId == minden));
        });

        measures.ShouldBe(0);
        progress.ShouldBe(0);
    }

    private async Task<Guid> CreateMeasureAsync(OwlUser user, Guid tenantId, string number, string year, Action<Measure>? change = null)
    {
        var orgUnitId = await database.AsUserAsync(user, tenantId, async services =>
        {
            var orgUnits = services.GetRequiredService<IOrgUnitRepository>();
            if (await orgUnits.FindByCodeAsync("0.53") is { } existing)
            {
                return existing.Id;
            }

            var created = await services.GetRequiredService<OrgUnitManager>().CreateAsync("0.53", "Finanzbuchhaltung", null);
            await orgUnits.InsertAsync(created);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return created.Id;
        });

        return await database.AsUserAsync(user, tenantId, async services =>
        {
            YearReported.TryParse(year, out var yearReported).ShouldBeTrue();
            var measure = await services.GetRequiredService<MeasureManager>()
                .CreateAsync(number, yearReported, orgUnitId, $"Maßnahme {number}", BenefitCategories.CostSaving | BenefitCategories.InternalBenefit);
            change?.Invoke(measure);
            await services.GetRequiredService<IMeasureRepository>().InsertAsync(measure);
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return measure.Id;
        });
    }
}

using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Catalog;
using OwlDigital.Memberships;
using OwlDigital.TestBase;

namespace OwlDigital.Application.Tests.Catalog;

/// <summary>What the catalogue page's progress bar is fed while a long file is checked and written.</summary>
public class CatalogImportProgress_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_Long_File_Should_Report_Checking_In_Steps_Then_Writing_Then_Done()
    {
        var admin = await database.CreateAsync("progress-admin@owl.test", MembershipRole.HostAdmin);
        await CatalogSamples.ImportAsync(database);
        var file = new StringBuilder(CatalogSamples.LeiKaServices.Split('\n')[0]).Append('\n');
        for (var i = 0; i < 1_200; i++)
        {
            file.Append(99_100_000_000_000L + i).Append(",Leistung ").Append(i).Append(",5,10110,,,,,,,0,0\n");
        }

        var reports = new ConcurrentQueue<CatalogImportProgress>();
        var result = await database.AsUserAsync(admin, null, services =>
            services.GetRequiredService<ICatalogImportAppService>().ImportAsync(Encoding.UTF8.GetBytes(file.ToString()), new CatalogImportOptions(RetireMissing: true, Force: true), new Collect(reports)));

        result.Committed.ShouldBeTrue();
        result.CreateCount.ShouldBe(1_200);
        result.RetireCount.ShouldBe(7, "the sample's entries are not in this file");
        var stages = reports.ToList();
        stages.First().Stage.ShouldBe(CatalogImportStage.Reading);
        stages.Where(p => p.Stage == CatalogImportStage.Checking).Select(p => p.Done).ShouldBe([0, 500, 1_000]);
        stages.Where(p => p.Stage == CatalogImportStage.Checking).ShouldAllBe(p => p.Total == 1_200);
        stages.Select(p => p.Stage).ShouldContain(CatalogImportStage.Writing);
        stages.Last().ShouldBe(new CatalogImportProgress(CatalogImportStage.Done, 1_200, 1_200));
    }

    private sealed class Collect(ConcurrentQueue<CatalogImportProgress> reports) : IProgress<CatalogImportProgress>
    {
        public void Report(CatalogImportProgress value) => reports.Enqueue(value);
    }
}

using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.Portfolios;

public class DemoPortfolio_Tests
{
    [Fact]
    public void Mindens_Demo_Plan_Should_Reproduce_The_Published_September_2023_Report()
    {
        var measures = DemoPortfolioDataSeedContributor.MindenPlan().Select(ToMeasure).ToList();

        var report = CouncilReport.Calculate(measures, DemoPortfolioDataSeedContributor.ReportingDates);

        var september = report.Columns.Single(c => c.ReportingDate == new DateOnly(2023, 9, 30));
        september.ByStatus[MeasureStatus.Planned].ShouldBe(new StatusFigures(59, 89));
        september.ByStatus[MeasureStatus.BeingIntroduced].ShouldBe(new StatusFigures(43, 230));
        september.ByStatus[MeasureStatus.Implemented].ShouldBe(new StatusFigures(47, 421));
        september.Total.ShouldBe(new StatusFigures(149, 740));
        report.ByYearReported.ShouldBe([("2020-U(10)", 84), ("2020", 39), ("2021", 71), ("2022", 18), ("2023", 21)]);
        measures.Select(m => m.Number).Distinct().Count().ShouldBe(233);
    }

    [Fact]
    public void Progress_In_The_Demo_Plans_Should_Never_Go_Backwards()
    {
        var plans = DemoPortfolioDataSeedContributor.MindenPlan().Concat(DemoPortfolioDataSeedContributor.GeneratedPlan(60, seed: 60));

        foreach (var planned in plans)
        {
            var levels = planned.Values.Where(v => v.Length > 0).Select(int.Parse).ToList();
            levels.ShouldBe(levels.Order().ToList(), planned.Number);
        }
    }

    private static Measure ToMeasure(DemoPortfolioDataSeedContributor.PlannedMeasure planned)
    {
        YearReported.TryParse(planned.Year, out var year).ShouldBeTrue(planned.Year);
        var measure = new Measure(Guid.NewGuid(), planned.Number, year, Guid.NewGuid(), planned.Title, planned.Benefits);
        for (var i = 0; i < DemoPortfolioDataSeedContributor.ReportingDates.Length; i++)
        {
            ProgressValue.TryParse(planned.Values[i], out var value).ShouldBeTrue();
            measure.ReportProgress(DemoPortfolioDataSeedContributor.ReportingDates[i], value);
        }

        return measure;
    }
}

using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.Portfolios;

/// <summary>The sample rows of Minden's measures plan (seed 000, Anlage 4) and the report worked out by hand.</summary>
public class CouncilReport_Tests
{
    private static readonly DateOnly Mar2022 = new(2022, 3, 31);
    private static readonly DateOnly Sep2022 = new(2022, 9, 30);
    private static readonly DateOnly Mar2023 = new(2023, 3, 31);
    private static readonly DateOnly Sep2023 = new(2023, 9, 30);

    private static readonly (string Number, string Year, string[] Values)[] SeedRows =
    [
        ("MP 011", "2021", ["8", "9", "10", "10"]),
        ("MP 020", "2022", ["(Leer)", "2", "2", "5"]),
        ("MP 029", "2022", ["(Leer)", "1", "2", "2"]),
        ("MP 078", "2020-U(10)", ["10", "10", "10", "10"]),
        ("MP 093", "2021", ["6", "8", "9", "9"]),
        ("MP 097", "2021", ["1", "5", "5", "9"]),
        ("MP 184", "2021", ["2", "10", "10", "10"]),
        ("MP 240", "2023", ["(Leer)", "(Leer)", "(Leer)", "5"]),
    ];

    [Fact]
    public void Counts_And_Sums_By_Status_Should_Match_The_Hand_Computed_Tables()
    {
        var report = CouncilReport.Calculate(SeedMeasures(), [Sep2023, Mar2022, Sep2022, Mar2023]);

        report.Columns.Select(c => c.ReportingDate).ShouldBe([Mar2022, Sep2022, Mar2023, Sep2023]);

        // MP 078 ("2020-U(10)") is listed but not counted; "(Leer)" is not counted at its date.
        Figures(report, Mar2022).ShouldBe([(2, 3), (1, 6), (1, 8), (4, 17)]);
        Figures(report, Sep2022).ShouldBe([(2, 3), (1, 5), (3, 27), (6, 35)]);
        Figures(report, Mar2023).ShouldBe([(2, 4), (1, 5), (3, 29), (6, 38)]);
        Figures(report, Sep2023).ShouldBe([(1, 2), (2, 10), (4, 38), (7, 50)]);
    }

    [Fact]
    public void Newly_Implemented_Measures_Should_Be_Those_Reaching_U_Since_The_Date_Before()
    {
        var report = CouncilReport.Calculate(SeedMeasures(), [Mar2022, Sep2022, Mar2023, Sep2023]);

        report.Columns.Single(c => c.ReportingDate == Sep2022).NewlyImplemented.ShouldBe(["MP 093", "MP 184"]);
        report.Columns.Single(c => c.ReportingDate == Mar2023).NewlyImplemented.ShouldBeEmpty();
        report.Columns.Single(c => c.ReportingDate == Sep2023).NewlyImplemented.ShouldBe(["MP 097"]);
    }

    [Fact]
    public void Measures_Should_Be_Counted_By_Year_Reported_Including_The_Already_Implemented()
    {
        var report = CouncilReport.Calculate(SeedMeasures(), [Sep2023]);

        report.ByYearReported.ShouldBe([("2020-U(10)", 1), ("2021", 4), ("2022", 2), ("2023", 1)]);
    }

    [Fact]
    public void The_New_Measures_Of_The_Latest_Year_Should_Be_Listed()
    {
        var report = CouncilReport.Calculate(SeedMeasures(), [Mar2023, Sep2023]);

        report.NewOfLatestYear.Select(m => m.Number).ShouldBe(["MP 240"]);
    }

    [Fact]
    public void Abandoned_And_On_Hold_Should_Be_Shown_Beside_The_Scale_Not_In_Its_Total()
    {
        var measures = SeedMeasures();
        measures.Single(m => m.Number == "MP 029").ReportProgress(Sep2023, ProgressValue.Abandoned);
        measures.Single(m => m.Number == "MP 240").ReportProgress(Sep2023, ProgressValue.OnHold);

        var column = CouncilReport.Calculate(measures, [Sep2023]).Columns.Single();

        column.ByStatus[MeasureStatus.Abandoned].ShouldBe(new StatusFigures(1, 0));
        column.ByStatus[MeasureStatus.OnHold].ShouldBe(new StatusFigures(1, 0));
        column.Total.ShouldBe(new StatusFigures(5, 43));
    }

    private static (int Count, int Sum)[] Figures(CouncilReport report, DateOnly date)
    {
        var column = report.Columns.Single(c => c.ReportingDate == date);
        return
        [
            (column.ByStatus[MeasureStatus.Planned].Count, column.ByStatus[MeasureStatus.Planned].Sum),
            (column.ByStatus[MeasureStatus.BeingIntroduced].Count, column.ByStatus[MeasureStatus.BeingIntroduced].Sum),
            (column.ByStatus[MeasureStatus.Implemented].Count, column.ByStatus[MeasureStatus.Implemented].Sum),
            (column.Total.Count, column.Total.Sum),
        ];
    }

    private static List<Measure> SeedMeasures()
    {
        DateOnly[] dates = [Mar2022, Sep2022, Mar2023, Sep2023];
        var measures = new List<Measure>();
        foreach (var (number, year, values) in SeedRows)
        {
            YearReported.TryParse(year, out var yearReported).ShouldBeTrue();
            var measure = new Measure(Guid.NewGuid(), number, yearReported, Guid.NewGuid(), number, BenefitCategories.ServiceImprovement);
            for (var i = 0; i < dates.Length; i++)
            {
                ProgressValue.TryParse(values[i], out var value).ShouldBeTrue();
                measure.ReportProgress(dates[i], value);
            }

            measures.Add(measure);
        }

        return measures;
    }
}

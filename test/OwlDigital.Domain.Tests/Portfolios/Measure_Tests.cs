using OwlDigital.ExceptionHandling;
using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.Portfolios;

public class Measure_Tests
{
    private static readonly DateOnly Sep2023 = new(2023, 9, 30);

    [Theory]
    [InlineData("MP 011", "MP 011")]
    [InlineData("mp11", "MP 011")]
    [InlineData("MP  240", "MP 240")]
    [InlineData("MP 1024", "MP 1024")]
    public void Numbers_Should_Be_Written_One_Way(string input, string expected) => Measure.NormalizeNumber(input).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("011")]
    [InlineData("MP")]
    [InlineData("MP-011")]
    [InlineData("Maßnahme 11")]
    public void Malformed_Numbers_Should_Be_Refused(string input) =>
        Should.Throw<BusinessException>(() => Measure.NormalizeNumber(input)).Code.ShouldBe(OwlDigitalErrorCodes.Portfolios.InvalidMeasureNumber);

    [Fact]
    public void A_Measure_Without_Benefit_Should_Be_Refused() =>
        Should.Throw<BusinessException>(() => new Measure(Guid.NewGuid(), "MP 001", new YearReported(2023, false), Guid.NewGuid(), "Titel", BenefitCategories.None))
            .Code.ShouldBe(OwlDigitalErrorCodes.Portfolios.NoBenefitCategory);

    [Fact]
    public void Progress_Should_Be_Set_Changed_And_Withdrawn_Per_Reporting_Date()
    {
        var measure = new Measure(Guid.NewGuid(), "MP 020", new YearReported(2022, false), Guid.NewGuid(), "CRM-System", BenefitCategories.ServiceImprovement);

        measure.ReportProgress(Sep2023, ProgressValue.FromLevel(4));
        measure.ReportProgress(Sep2023, ProgressValue.FromLevel(5));
        measure.StatusAt(Sep2023).ShouldBe(MeasureStatus.BeingIntroduced);
        measure.Progress.Count.ShouldBe(1);

        measure.ReportProgress(Sep2023, null);
        measure.ProgressAt(Sep2023).ShouldBeNull();
    }

    [Fact]
    public void Progress_On_A_Date_That_Is_No_Reporting_Date_Should_Be_Refused()
    {
        var measure = new Measure(Guid.NewGuid(), "MP 020", new YearReported(2022, false), Guid.NewGuid(), "CRM-System", BenefitCategories.CostSaving);

        Should.Throw<BusinessException>(() => measure.ReportProgress(new DateOnly(2023, 10, 1), ProgressValue.FromLevel(5)))
            .Code.ShouldBe(OwlDigitalErrorCodes.Portfolios.NotAReportingDate);
    }
}

using OwlDigital.ExceptionHandling;
using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.Portfolios;

public class YearReportedAndDates_Tests
{
    [Theory]
    [InlineData("2021", 2021, false)]
    [InlineData("2020-U(10)", 2020, true)]
    [InlineData("2020-\nU(10)", 2020, true)]
    [InlineData("2020-u(10)", 2020, true)]
    public void The_Plans_Years_Should_Be_Understood(string text, int year, bool alreadyImplemented)
    {
        YearReported.TryParse(text, out var value).ShouldBeTrue();

        value.ShouldBe(new YearReported(year, alreadyImplemented));
        YearReported.TryParse(value.ToString(), out var again).ShouldBeTrue();
        again.ShouldBe(value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("2010-2012")]
    [InlineData("1899")]
    [InlineData("2020-U(9)")]
    public void Other_Years_Should_Be_Refused(string text) => YearReported.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData(2023, 3, 31, true)]
    [InlineData(2023, 9, 30, true)]
    [InlineData(2023, 6, 30, false)]
    [InlineData(2023, 3, 30, false)]
    [InlineData(2023, 12, 31, false)]
    public void Only_31_March_And_30_September_Should_Be_Reporting_Dates(int year, int month, int day, bool expected) =>
        ReportingDates.IsReportingDate(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void The_Date_Before_Should_Alternate_Between_March_And_September()
    {
        ReportingDates.Previous(new DateOnly(2023, 3, 31)).ShouldBe(new DateOnly(2022, 9, 30));
        ReportingDates.Previous(new DateOnly(2023, 9, 30)).ShouldBe(new DateOnly(2023, 3, 31));
    }

    [Fact]
    public void A_Period_On_Another_Date_Should_Be_Refused_Naming_The_Date()
    {
        var exception = Should.Throw<BusinessException>(() => new ReportingPeriod(Guid.NewGuid(), new DateOnly(2023, 6, 30)));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Portfolios.NotAReportingDate);
        exception.Details["Date"].ShouldBe("30.06.2023");
    }

    [Fact]
    public void A_Closed_Period_Should_Refuse_Until_Reopened()
    {
        var period = new ReportingPeriod(Guid.NewGuid(), new DateOnly(2023, 9, 30));
        period.Close();

        Should.Throw<BusinessException>(period.EnsureOpen).Code.ShouldBe(OwlDigitalErrorCodes.Portfolios.PeriodClosed);
        period.Reopen();
        Should.NotThrow(period.EnsureOpen);
    }
}

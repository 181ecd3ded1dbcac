using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.Portfolios;

public class ProgressValue_Tests
{
    [Theory]
    [InlineData("0", MeasureStatus.Planned, 0)]
    [InlineData("1", MeasureStatus.Planned, 1)]
    [InlineData("2", MeasureStatus.Planned, 2)]
    [InlineData("3", MeasureStatus.Planned, 3)]
    [InlineData("4", MeasureStatus.BeingIntroduced, 4)]
    [InlineData("5", MeasureStatus.BeingIntroduced, 5)]
    [InlineData("6", MeasureStatus.BeingIntroduced, 6)]
    [InlineData("7", MeasureStatus.BeingIntroduced, 7)]
    [InlineData("8", MeasureStatus.Implemented, 8)]
    [InlineData("9", MeasureStatus.Implemented, 9)]
    [InlineData("10", MeasureStatus.Implemented, 10)]
    [InlineData("a", MeasureStatus.Abandoned, 0)]
    [InlineData("G", MeasureStatus.OnHold, 0)]
    [InlineData(" 7.0 ", MeasureStatus.BeingIntroduced, 7)]
    public void Every_Value_Should_Derive_Its_Status_And_Points(string text, MeasureStatus status, int points)
    {
        ProgressValue.TryParse(text, out var value).ShouldBeTrue();

        value.ShouldNotBeNull();
        value.Value.Status.ShouldBe(status);
        value.Value.Points.ShouldBe(points);
    }

    [Theory]
    [InlineData(5, "E")]
    [InlineData(2, "P")]
    [InlineData(9, "U")]
    public void The_Seed_Examples_Should_Get_Their_Letters(int level, string letter) =>
        ProgressValue.FromLevel(level).Status.ToLetter().ShouldBe(letter);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("(Leer)")]
    [InlineData("(leer)")]
    public void Empty_And_Leer_Should_Mean_Not_Reported(string? text)
    {
        ProgressValue.TryParse(text, out var value).ShouldBeTrue();

        value.ShouldBeNull();
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("7.5")]
    [InlineData("x")]
    [InlineData("U")]
    [InlineData("zehn")]
    public void Anything_Else_Should_Be_Refused(string text)
    {
        ProgressValue.TryParse(text, out var value).ShouldBeFalse();

        value.ShouldBeNull();
        Should.Throw<FormatException>(() => ProgressValue.Parse(text));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    [InlineData("a")]
    [InlineData("g")]
    public void The_Short_Form_Should_Read_Back_As_The_Same_Value(string text) =>
        ProgressValue.Parse(ProgressValue.Parse(text).ToString()).ShouldBe(ProgressValue.Parse(text));
}

using OwlDigital.Profiles;
using OwlDigital.Surveys;

namespace OwlDigital.Domain.Tests.Surveys;

/// <summary>k = 5 throughout.</summary>
public class SmallGroupSuppression_Tests
{
    private const int K = 5;

    [Theory]
    [InlineData(4, new int[0], SuppressionReason.GroupTooSmall)]
    [InlineData(5, new int[0], null)]
    [InlineData(10, new[] { 12 }, SuppressionReason.DifferenceTooSmall)]
    [InlineData(10, new[] { 15 }, null)]
    [InlineData(10, new[] { 10, 40 }, null)]
    public void A_Group_Should_Be_Shown_Only_With_At_Least_K_Tenants_And_No_Small_Difference(int respondents, int[] wider, SuppressionReason? expected) =>
        SmallGroupSuppression.CheckGroup(respondents, wider, K).ShouldBe(expected);

    [Fact]
    public void Two_Filters_Should_Not_Combine_Into_A_Small_Remainder()
    {
        // District 05774 has 10 respondents, 7 of them towns under 20,000. Both selections are at
        // least k, but subtracting one from the other would describe 3 tenants.
        var district = 10;
        var districtAndSize = 7;
        var sizeAcrossRegion = 30;

        SmallGroupSuppression.CheckGroup(district, [40], K).ShouldBeNull();
        SmallGroupSuppression.CheckGroup(districtAndSize, [district, sizeAcrossRegion], K).ShouldBe(SuppressionReason.DifferenceTooSmall);
    }

    [Fact]
    public void A_Single_Small_Cell_Should_Take_The_Next_Smallest_With_It()
    {
        var figures = new QuestionFigures("dms.scanOffice", ProfileQuestionType.Choice, 20, 20, 0, false,
            [new FigureCell("yes", 12), new FigureCell("invoicesOnly", 3), new FigureCell("no", 5)]);

        var shown = SmallGroupSuppression.SuppressCells(figures, K);

        shown.Cells.Select(c => (c.Key, c.Count)).ShouldBe([("yes", 12), ("invoicesOnly", null), ("no", null)], "with only 3 hidden, 20 − 12 − 5 would give it away");
    }

    [Fact]
    public void Unanswered_Should_Serve_As_The_Complement_When_It_Is_The_Smallest_Other_Figure()
    {
        // 22 asked: 14 yes, 3 no, 5 not answered. Hiding only the 3 would leave 22 − 14 − 5.
        var figures = new QuestionFigures("org.cdo", ProfileQuestionType.YesNo, 22, 17, 5, false, [new FigureCell("yes", 14), new FigureCell("no", 3)]);

        var shown = SmallGroupSuppression.SuppressCells(figures, K);

        (shown.Cells[0].Count, shown.Cells[1].Count, shown.NotAnswered).ShouldBe((14, null, null));
    }

    [Fact]
    public void Multiple_Answer_Cells_Should_Be_Suppressed_Alone_Since_They_Do_Not_Add_Up()
    {
        var figures = new QuestionFigures("data.kinds", ProfileQuestionType.MultiChoice, 20, 20, 0, true,
            [new FigureCell("gis", 18), new FigureCell("openNrw", 2), new FigureCell("none", 0)]);

        SmallGroupSuppression.SuppressCells(figures, K).Cells.Select(c => c.Count).ShouldBe([18, null, 0]);
    }
}

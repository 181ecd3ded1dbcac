using OwlDigital.Profiles;
using OwlDigital.Surveys;

namespace OwlDigital.Domain.Tests.Surveys;

/// <summary>Every question type counted against small fixtures counted by hand.</summary>
public class QuestionAggregation_Tests
{
    [Fact]
    public void Yes_No_Should_Count_Each_Tenant_Once_And_Keep_The_Unanswered()
    {
        var figures = Aggregate("org.cdo", new ProfileAnswer(Flag: true), new ProfileAnswer(Flag: true), new ProfileAnswer(Flag: false), null, new ProfileAnswer());

        (figures.Respondents, figures.Answered, figures.NotAnswered, figures.MultipleAnswers).ShouldBe((5, 3, 2, false));
        Counts(figures).ShouldBe([("yes", 2), ("no", 1)]);
    }

    [Fact]
    public void Multiple_Answers_Should_Be_Counted_Per_Option_And_Need_Not_Add_Up()
    {
        var figures = Aggregate(
            "online.formFormats",
            new ProfileAnswer(Values: ["smart", "fillablePdf"]),
            new ProfileAnswer(Values: ["fillablePdf"]),
            new ProfileAnswer(Values: ["pdf", "fillablePdf", "smart"]),
            null);

        (figures.Answered, figures.NotAnswered, figures.MultipleAnswers).ShouldBe((3, 1, true));
        Counts(figures).ShouldBe([("smart", 2), ("fillablePdf", 3), ("pdf", 1), ("webForm", 0)]);
    }

    [Fact]
    public void A_Choice_Should_List_Every_Option_Even_Unchosen()
    {
        Counts(Aggregate("dms.scanOffice", new ProfileAnswer(Text: "yes"), new ProfileAnswer(Text: "invoicesOnly"), new ProfileAnswer(Text: "yes")))
            .ShouldBe([("yes", 2), ("invoicesOnly", 1), ("no", 0)]);
    }

    [Theory]
    [InlineData(0, "0-24")]
    [InlineData(24, "0-24")]
    [InlineData(25, "25-49")]
    [InlineData(129, "125-149")]
    [InlineData(150, "150+")]
    [InlineData(4000, "150+")]
    public void Numbers_Should_Fall_Into_Steps_Of_25(int value, string bucket) =>
        QuestionAggregation.BucketOf(value, QuestionAggregation.NumberStep, null).ShouldBe(bucket);

    [Theory]
    [InlineData(0, "0-19")]
    [InlineData(19.5, "0-19")]
    [InlineData(20, "20-39")]
    [InlineData(80, "80-100")]
    [InlineData(100, "80-100")]
    public void Shares_Should_Fall_Into_Steps_Of_20_Percent_With_100_In_The_Top_Step(decimal value, string bucket) =>
        QuestionAggregation.BucketOf(value, QuestionAggregation.PercentStep, 80).ShouldBe(bucket);

    [Fact]
    public void A_Histogram_Should_Show_The_Same_Fixed_Steps_Whatever_The_Largest_Value()
    {
        string[] steps = ["0-24", "25-49", "50-74", "75-99", "100-124", "125-149", "150+"];
        var small = Aggregate("online.count", new ProfileAnswer(Number: 0), new ProfileAnswer(Number: 24), new ProfileAnswer(Number: 25), new ProfileAnswer(Number: 80));
        var outlier = Aggregate("online.count", new ProfileAnswer(Number: 10), new ProfileAnswer(Number: 900));

        small.Cells.Select(c => c.Key).ShouldBe(steps);
        outlier.Cells.Select(c => c.Key).ShouldBe(steps, "the scale does not end where one tenant's answer lies");
        Counts(small).Take(4).ShouldBe([("0-24", 2), ("25-49", 1), ("50-74", 0), ("75-99", 1)]);
        Counts(outlier).Last().ShouldBe(("150+", 1));
        Counts(Aggregate("dms.workstationShare", new ProfileAnswer(Number: 100), new ProfileAnswer(Number: 20)))
            .ShouldBe([("0-19", 0), ("20-39", 1), ("40-59", 0), ("60-79", 0), ("80-100", 1)]);
    }

    [Fact]
    public void Terms_Should_Be_Ranked_And_Not_Split_By_Case_Or_Blanks()
    {
        var figures = Aggregate(
            "online.formTools",
            new ProfileAnswer(Values: ["Form-Solutions"]),
            new ProfileAnswer(Values: [" form-solutions ", "Formcycle"]),
            new ProfileAnswer(Values: ["Form-Solutions", "FORM-SOLUTIONS"]));

        Counts(figures).ShouldBe([("Form-Solutions", 3), ("Formcycle", 1)], "a tenant counts once per term, the most used spelling is shown");
    }

    [Fact]
    public void Years_Should_Cover_The_Ten_Years_Up_To_The_Round_With_Earlier_And_Later_Ones_Together()
    {
        var figures = QuestionAggregation.Aggregate(
            ProfileQuestions.Find("portal.since")!, [new ProfileAnswer(Number: 2003), new ProfileAnswer(Number: 2016), new ProfileAnswer(Number: 2024), new ProfileAnswer(Number: 2027)], 2026);

        figures.Cells.Select(c => c.Key).ShouldBe(["≤2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "≥2026"]);
        Counts(figures).First().ShouldBe(("≤2016", 2));
        Counts(figures).Single(c => c.Item1 == "2024").Item2.ShouldBe(1);
        Counts(figures).Last().ShouldBe(("≥2026", 1), "a year after the round still falls into a cell, so the cells add up to the answered");
        figures.Cells.Sum(c => c.Count).ShouldBe(figures.Answered);
    }

    [Fact]
    public void An_Answer_That_Falls_Into_No_Cell_Should_Count_As_Not_Answered()
    {
        var figures = Aggregate("dms.state", new ProfileAnswer(Text: "inUse"), new ProfileAnswer(Text: "an option since removed"));

        (figures.Answered, figures.NotAnswered).ShouldBe((1, 1));
    }

    private static QuestionFigures Aggregate(string questionId, params ProfileAnswer?[] answers) =>
        QuestionAggregation.Aggregate(ProfileQuestions.Find(questionId)!, answers, 2026);

    private static (string, int?)[] Counts(QuestionFigures figures) => figures.Cells.Select(c => (c.Key, c.Count)).ToArray();
}

using OwlDigital.Profiles;
using OwlDigital.Surveys;
using OwlDigital.Tenants;

namespace OwlDigital.Domain.Tests.Surveys;

/// <summary>Small counts hidden, and hidden so that no combination of the shown ones gives them back.</summary>
public class CellSuppression_Tests
{
    private const int K = 5;

    [Fact]
    public void A_Small_Count_Should_Stay_Hidden_Even_As_Region_Minus_The_Other_Districts()
    {
        // Region: the city and six districts; two municipalities of district 05754 say "yes", a third of the others too.
        var respondents = SelectionFamily_Tests.Region(municipalitiesPerDistrict: [12, 12, 10, 10, 10, 10]);
        var family = SelectionFamily.Build(respondents, SelectionFamily.Candidates(respondents.Select(r => r.DistrictKey).Distinct().ToList()), K);
        var yesIn05754 = respondents.Select((r, i) => (r, i)).Where(x => x.r.DistrictKey == "05754" && x.r.Kind == TenantKind.Municipality).Take(2).Select(x => x.i).ToHashSet();
        var answers = respondents.Select((r, i) => (ProfileAnswer?)new ProfileAnswer(Flag: yesIn05754.Contains(i) || (r.DistrictKey != "05754" && i % 3 == 0))).ToList();

        var figures = CellSuppression.Protect(ProfileQuestions.Find("org.cdo")!, family, answers, K, 2026);

        var small = Member(family, new ReportSelection("05754", TenantKind.Municipality));
        Count(figures[small], "yes").ShouldBeNull();
        Recomputable(family, figures, "yes", small).ShouldBeFalse("no sum or difference of the shown 'yes' (nor n minus the shown 'no') gives it back");
    }

    [Fact]
    public void A_Term_Given_By_Fewer_Than_K_Should_Be_Left_Out_With_Its_Label()
    {
        var respondents = SelectionFamily_Tests.Region(municipalitiesPerDistrict: [12]);
        var family = SelectionFamily.Build(respondents, SelectionFamily.Candidates(["05711", "05754"]), K);
        var answers = respondents.Select((_, i) => (ProfileAnswer?)new ProfileAnswer(Values: i == 3 ? ["Form-Solutions", "Stadt Musterhausen eigenes Tool"] : ["Form-Solutions"])).ToList();

        var region = CellSuppression.Protect(ProfileQuestions.Find("online.formTools")!, family, answers, K, 2026)[0];

        region.Cells.Select(c => (c.Key, c.Count)).ShouldBe([("Form-Solutions", 14)]);
        region.TermsWithheld.ShouldBeTrue();
    }

    [Fact]
    public void Not_Answered_And_Answered_Should_Be_Hidden_Together()
    {
        var respondents = SelectionFamily_Tests.Region(municipalitiesPerDistrict: [12]);
        var family = SelectionFamily.Build(respondents, SelectionFamily.Candidates(["05711", "05754"]), K);
        var answers = respondents.Select((_, i) => i < 2 ? null : (ProfileAnswer?)new ProfileAnswer(Text: "inUse")).ToList();

        var region = CellSuppression.Protect(ProfileQuestions.Find("dms.state")!, family, answers, K, 2026)[0];

        (region.Answered, region.NotAnswered).ShouldBe((null, null), "n minus 'answered' would give the 2 back");
        region.Cells.Single(c => c.Count is null).Key.ShouldBeOneOf(["planned", "none"], "n minus the other cells would give 'not answered' back, so one more is hidden: the smallest");
    }

    [Fact]
    public void A_Small_Answered_Count_Should_Hide_Not_Answered_Even_Where_Not_Answered_Is_Large()
    {
        var respondents = SelectionFamily_Tests.Region(municipalitiesPerDistrict: [12, 12, 10, 10, 10, 10]);
        var family = SelectionFamily.Build(respondents, SelectionFamily.Candidates(respondents.Select(r => r.DistrictKey).Distinct().ToList()), K);

        // Of the seven at district level only two answered; every municipality did.
        var answers = respondents.Select(r => r.Kind == TenantKind.Municipality || r.DistrictKey is "05754" or "05758" ? new ProfileAnswer(Flag: true) : null).ToList();
        var figures = CellSuppression.Protect(ProfileQuestions.Find("org.cdo")!, family, answers, K, 2026);

        var districtLevel = figures[family.Find(new ReportSelection(Kind: TenantKind.District))!.Index];
        (districtLevel.Answered, districtLevel.NotAnswered).ShouldBe((null, null), "5 not answered means 2 answered");
        Recomputable(family, figures, QuestionAggregation.NotAnsweredKey, family.Find(new ReportSelection(Kind: TenantKind.District))!.Index)
            .ShouldBeFalse("neither the region's 'not answered' minus the municipalities' nor any other combination gives the 5 back");
    }

    [Fact]
    public void A_Small_Count_Of_A_Group_That_Is_Only_Computable_Should_Be_Protected_Too()
    {
        // Only the region and the district level can be shown: their difference, the municipalities, is a group too.
        var respondents = SelectionFamily_Tests.Region(municipalitiesPerDistrict: [12, 12, 10, 10, 10, 10]);
        var family = SelectionFamily.Build(respondents, [ReportSelection.Region, new ReportSelection(Kind: TenantKind.District)], K);
        var answers = respondents.Select((r, i) => (ProfileAnswer?)new ProfileAnswer(Flag: r.Kind != TenantKind.Municipality || i % 30 == 1)).ToList();

        var figures = CellSuppression.Protect(ProfileQuestions.Find("org.cdo")!, family, answers, K, 2026);

        var region = Count(figures[0], "yes");
        var districtLevel = Count(figures[1], "yes");
        (region is null || districtLevel is null).ShouldBeTrue($"region {region} minus district level {districtLevel} would be the 2 municipalities' 'yes'");
    }

    [Fact]
    public void Counts_Of_K_Or_More_And_Zeros_Should_Be_Shown()
    {
        var respondents = SelectionFamily_Tests.Region(municipalitiesPerDistrict: [12]);
        var family = SelectionFamily.Build(respondents, SelectionFamily.Candidates(["05711", "05754"]), K);
        var answers = respondents.Select((_, i) => (ProfileAnswer?)new ProfileAnswer(Text: i < 6 ? "own" : "joint")).ToList();

        var region = CellSuppression.Protect(ProfileQuestions.Find("org.strategy")!, family, answers, K, 2026)[0];

        region.Cells.Select(c => (c.Key, c.Count)).ShouldBe([("own", 6), ("joint", 8), ("planned", 0), ("none", 0)]);
    }

    private static int Member(SelectionFamily family, ReportSelection selection) => family.Find(selection)!.Index;

    private static int? Count(QuestionFigures figures, string key) => figures.Cells.Single(c => c.Key == key).Count;

    /// <summary>An independent check with the same algebra: the selection's indicator over the atoms, against all shown counts of the key and n minus the others.</summary>
    private static bool Recomputable(SelectionFamily family, IReadOnlyList<QuestionFigures> figures, string key, int member)
    {
        int[] Vector(FamilyMember m)
        {
            var v = new int[family.AtomCount];
            foreach (var i in m.RespondentIndices)
            {
                v[family.AtomOf[i]] = 1;
            }

            return v;
        }

        bool IsShown(QuestionFigures f, string k) => k == QuestionAggregation.NotAnsweredKey ? f.NotAnswered is not null : Count(f, k) is not null;
        Subspace Shown(string k) => Subspace.Span(family.AtomCount, family.Members.Where(m => IsShown(figures[m.Index], k)).Select(Vector));
        var others = figures[0].Cells.Select(c => c.Key).Append(QuestionAggregation.NotAnsweredKey).Where(k => k != key)
            .Select(Shown)
            .Aggregate(Subspace.Whole(family.AtomCount), (a, b) => a.Intersect(b));
        return Shown(key).Add(others).Contains(Vector(family.Members[member]));
    }
}

using OwlDigital.Surveys;
using OwlDigital.Tenants;

namespace OwlDigital.Domain.Tests.Surveys;

/// <summary>
/// Which selections tenants may see, over a region shaped like OWL: a district-free city and districts,
/// each with its district authority and its municipalities, k = 5.
/// </summary>
public class SelectionFamily_Tests
{
    private const int K = 5;

    [Fact]
    public void The_District_Free_City_Should_Count_With_The_Districts_So_That_Region_Minus_Kinds_Isolates_Nobody()
    {
        var respondents = Region(municipalitiesPerDistrict: [13, 9, 10, 16, 11, 10]);
        var family = Build(respondents);

        family.Find(new ReportSelection(Kind: TenantKind.District))!.RespondentIndices.Count.ShouldBe(7, "six districts and the district-free city");
        family.Find(new ReportSelection(Kind: TenantKind.DistrictFreeCity)).ShouldBeSameAs(family.Find(new ReportSelection(Kind: TenantKind.District)));
        family.Find(new ReportSelection(Kind: TenantKind.Municipality))!.RespondentIndices.Count.ShouldBe(69);
    }

    [Fact]
    public void A_Whole_District_Should_Be_Withheld_Where_Its_Authority_Would_Be_Alone_But_Its_Municipalities_Shown()
    {
        var family = Build(Region(municipalitiesPerDistrict: [13, 9, 10, 16, 11, 10]));

        family.Find(new ReportSelection(DistrictKey: "05770")).ShouldBeNull("with the kinds shown, district minus its municipalities is the district authority alone");
        family.Find(new ReportSelection(DistrictKey: "05770", Kind: TenantKind.Municipality))!.RespondentIndices.Count.ShouldBe(11);
        family.Find(new ReportSelection(DistrictKey: "05711")).ShouldBeNull("the city alone");
    }

    [Fact]
    public void Every_Group_The_Shown_Selections_Separate_Should_Hold_More_Than_K_Respondents()
    {
        var family = Build(Region(municipalitiesPerDistrict: [13, 9, 10, 16, 11, 10]));

        family.AtomOf.GroupBy(a => a).Select(g => g.Count()).ShouldAllBe(size => size >= K + 1);
        family.Members.Count.ShouldBeGreaterThan(6);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void A_Group_Of_Exactly_K_Should_Not_Be_Separable_Since_A_Member_Knows_Its_Own_Answer(int smallDistrict, bool shown)
    {
        var family = Build(Region(municipalitiesPerDistrict: [20, smallDistrict, 10, 10, 10, 10]));

        (family.Find(new ReportSelection(DistrictKey: "05758", Kind: TenantKind.Municipality)) is not null).ShouldBe(shown);
    }

    [Fact]
    public void Respondents_Whose_Answers_Are_Known_By_Consent_Should_Not_Count_Towards_A_Group()
    {
        var respondents = Region(municipalitiesPerDistrict: [20, 8, 10, 10, 10, 10]).ToList();
        var known = respondents.Select((r, i) => r.DistrictKey == "05758" && r.Kind == TenantKind.Municipality && i % 2 == 0 ? r with { DisclosedByConsent = true } : r).ToList();
        var selection = new ReportSelection(DistrictKey: "05758", Kind: TenantKind.Municipality);

        Build(respondents).Find(selection).ShouldNotBeNull();
        SelectionFamily.Build(known, SelectionFamily.Candidates(known.Select(r => r.DistrictKey).Distinct().ToList()), K, r => !r.DisclosedByConsent).Find(selection)
            .ShouldBeNull("four of the eight are findable, four unknown ones are too few");
    }

    [Fact]
    public void A_Round_With_Too_Few_Respondents_Should_Show_Nothing()
    {
        var respondents = Region(municipalitiesPerDistrict: [4]).Take(K).ToList();

        Build(respondents).Find(ReportSelection.Region).ShouldBeNull();
    }

    private static SelectionFamily Build(IReadOnlyList<ReportRespondent> respondents) =>
        SelectionFamily.Build(respondents, SelectionFamily.Candidates(respondents.Select(r => r.DistrictKey).Distinct().ToList()), K);

    /// <summary>A city of its own (05711), then districts 05754, 05758, … each with its authority and the given number of municipalities of mixed sizes.</summary>
    internal static List<ReportRespondent> Region(int[] municipalitiesPerDistrict)
    {
        var list = new List<ReportRespondent> { new(Guid.NewGuid(), "05711", TenantKind.DistrictFreeCity, SizeClass.From100000) };
        string[] keys = ["05754", "05758", "05762", "05766", "05770", "05774"];
        for (var d = 0; d < municipalitiesPerDistrict.Length; d++)
        {
            list.Add(new(Guid.NewGuid(), keys[d], TenantKind.District, SizeClass.From100000));
            for (var m = 0; m < municipalitiesPerDistrict[d]; m++)
            {
                list.Add(new(Guid.NewGuid(), keys[d], TenantKind.Municipality, (SizeClass)(1 + (m % 4))));
            }
        }

        return list;
    }
}

using OwlDigital.ExceptionHandling;
using OwlDigital.Profiles;

namespace OwlDigital.Domain.Tests.Profiles;

public class ProfileVersion_Tests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    [InlineData(-1, false)]
    public void A_Workstation_Share_Should_Lie_Between_0_And_100_Percent(int share, bool allowed)
    {
        var error = Record.Exception(() => Save(ProfileChapter.DocumentManagement, ("dms.workstationShare", new ProfileAnswer(Number: share))));

        if (allowed)
        {
            error.ShouldBeNull();
        }
        else
        {
            error.ShouldBeOfType<BusinessException>().Field.ShouldBe("dms.workstationShare");
        }
    }

    [Fact]
    public void A_Start_Year_In_The_Future_Should_Be_Refused()
    {
        Save(ProfileChapter.ServicePortal, ("portal.since", new ProfileAnswer(Number: 2026))).Answers["portal.since"].Number.ShouldBe(2026);

        Should.Throw<BusinessException>(() => Save(ProfileChapter.ServicePortal, ("portal.since", new ProfileAnswer(Number: 2027))))
            .Code.ShouldBe(OwlDigitalErrorCodes.Profiles.YearInFuture);
    }

    [Fact]
    public void No_Dms_With_A_Dms_Vendor_Should_Be_Refused_As_A_Contradiction()
    {
        var error = Should.Throw<BusinessException>(() => Save(
            ProfileChapter.DocumentManagement,
            ("dms.state", new ProfileAnswer(Text: "none")),
            ("dms.vendors", new ProfileAnswer(Values: ["nscale"]))));

        error.Code.ShouldBe(OwlDigitalErrorCodes.Profiles.NoDmsWithVendor);
        error.Details["Vendor"].ShouldBe("nscale");
    }

    [Fact]
    public void Answers_Should_Fit_Their_Question()
    {
        Should.Throw<BusinessException>(() => Save(ProfileChapter.LoRaWan, ("lora.state", new ProfileAnswer(Text: "vielleicht")))).Code.ShouldBe(OwlDigitalErrorCodes.Profiles.NotAnOption);
        Should.Throw<BusinessException>(() => Save(ProfileChapter.LoRaWan, ("lora.state", new ProfileAnswer(Flag: true)))).Code.ShouldBe(OwlDigitalErrorCodes.Profiles.WrongAnswerKind);
        Should.Throw<BusinessException>(() => Save(ProfileChapter.OnlineServices, ("online.count", new ProfileAnswer(Number: 40)))).Code.ShouldBe(OwlDigitalErrorCodes.Profiles.DerivedQuestion);
        Should.Throw<BusinessException>(() => Save(ProfileChapter.LoRaWan, ("dms.state", new ProfileAnswer(Text: "none")))).Code.ShouldBe(OwlDigitalErrorCodes.Profiles.WrongChapter);
        Should.Throw<BusinessException>(() => Save(ProfileChapter.DataPlatform, ("data.kinds", new ProfileAnswer(Values: ["gis", "none"])))).Code.ShouldBe(OwlDigitalErrorCodes.Profiles.NoneWithOthers);
    }

    [Fact]
    public void Saving_A_Chapter_Should_Carry_The_Others_Over_And_Count_Up()
    {
        var first = Save(ProfileChapter.LoRaWan, ("lora.state", new ProfileAnswer(Text: "inUse")), ("lora.useCases", new ProfileAnswer(Values: [" Pegel ", "pegel", "Parkplätze"])));
        var second = ProfileVersion.Next(first, ProfileChapter.Organisation, new Dictionary<string, ProfileAnswer?> { ["org.cdo"] = new(Flag: true) }, Now.AddDays(1), null, "cdo");
        var third = ProfileVersion.Next(second, ProfileChapter.LoRaWan, new Dictionary<string, ProfileAnswer?> { ["lora.state"] = new(Text: "no") }, Now.AddDays(2), null, "cdo");

        first.Answers["lora.useCases"].Values.ShouldBe(["Pegel", "Parkplätze"], "entries are trimmed and de-duplicated");
        (second.Number, second.Answers["lora.state"].Text, second.Answers["org.cdo"].Flag).ShouldBe((2, "inUse", true));
        third.Answers.ContainsKey("lora.useCases").ShouldBeFalse("a chapter is saved whole: what the form left empty is no longer answered");
        third.Answers["org.cdo"].Flag.ShouldBe(true);
    }

    private static ProfileVersion Save(ProfileChapter chapter, params (string Id, ProfileAnswer Answer)[] answers) =>
        ProfileVersion.Next(null, chapter, answers.ToDictionary(a => a.Id, a => (ProfileAnswer?)a.Answer), Now, null, "test");
}

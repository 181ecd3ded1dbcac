using OwlDigital.Catalog;
using OwlDigital.ExceptionHandling;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;

namespace OwlDigital.Domain.Tests.OnlineServices;

public class OnlineService_Tests
{
    [Theory]
    [InlineData("OD 001", "OD 001")]
    [InlineData("od1", "OD 001")]
    [InlineData("  OD  13 ", "OD 013")]
    [InlineData("OD 1234", "OD 1234")]
    public void Numbers_Should_Be_Normalised_To_The_Lists_Form(string input, string expected) =>
        OnlineService.NormalizeNumber(input).ShouldBe(expected);

    [Theory]
    [InlineData("MP 001")]
    [InlineData("OD")]
    [InlineData("")]
    [InlineData("OD 1a")]
    public void Anything_Else_Should_Be_Refused_As_A_Number(string input) =>
        Should.Throw<BusinessException>(() => OnlineService.NormalizeNumber(input)).Code.ShouldBe(OwlDigitalErrorCodes.OnlineServices.InvalidNumber);

    [Theory]
    [InlineData(MaturityModel.V1_1, 4, true)]
    [InlineData(MaturityModel.V1_1, 5, false)]
    [InlineData(MaturityModel.V2_0, 7, true)]
    [InlineData(MaturityModel.V2_0, 8, false)]
    [InlineData(MaturityModel.V2_0, -1, false)]
    public void A_Maturity_Level_Should_Lie_Within_Its_Models_Range(MaturityModel model, int level, bool allowed)
    {
        var service = NewService();

        var error = Record.Exception(() => service.SetMaturity(level, model));

        if (allowed)
        {
            error.ShouldBeNull();
            (service.MaturityLevel, service.MaturityModel).ShouldBe((level, model));
        }
        else
        {
            error.ShouldBeOfType<BusinessException>().Code.ShouldBe(OwlDigitalErrorCodes.OnlineServices.MaturityOutOfRange);
            service.MaturityLevel.ShouldBeNull("a refused level is not kept");
        }
    }

    [Fact]
    public void A_Closed_Period_Should_Keep_Its_Status_And_The_Current_Status_Should_Be_The_Latest()
    {
        var service = NewService();
        var march = new ReportingPeriod(Guid.NewGuid(), new DateOnly(2023, 3, 31));
        var september = new ReportingPeriod(Guid.NewGuid(), new DateOnly(2023, 9, 30));
        service.ReportStatus(march, ServiceStatus.Planned);
        service.ReportStatus(september, ServiceStatus.Implemented);
        march.Close();

        Should.Throw<BusinessException>(() => service.ReportStatus(march, ServiceStatus.BeingIntroduced)).Code.ShouldBe(OwlDigitalErrorCodes.OnlineServices.PeriodClosed);
        service.ReportStatus(march, ServiceStatus.Planned);

        service.StatusAt(march.ReportingDate).ShouldBe(ServiceStatus.Planned);
        service.CurrentStatus.ShouldBe(ServiceStatus.Implemented);
    }

    [Theory]
    [InlineData("eigenes \nAntragsmanagement", ImplementationWay.OwnApplicationManagement)]
    [InlineData("Fachverfahren/Webdienste", ImplementationWay.SpecialistProcedure)]
    [InlineData("externe portale", ImplementationWay.ExternalPortal)]
    [InlineData("Sonstiges/noch in Klärung", ImplementationWay.OtherOrUnclear)]
    [InlineData("EfA", ImplementationWay.Efa)]
    public void The_Anlage_6_Wording_Should_Be_Understood(string text, ImplementationWay expected)
    {
        ImplementationWays.TryParseAnlageText(text, out var way).ShouldBeTrue();
        way.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2/3", true)]
    [InlineData("5", true)]
    [InlineData("4", true)]
    [InlineData("1, 2/3", true)]
    [InlineData("1;2/3", true)]
    [InlineData("1", false)]
    [InlineData("2a", false)]
    [InlineData("6", false)]
    [InlineData("", false)]
    public void Municipal_Relevance_Should_Follow_The_LeiKa_Type(string type, bool relevant) =>
        LeiKaTypeCodes.IsMunicipallyRelevant(type).ShouldBe(relevant);

    private static OnlineService NewService() =>
        (OnlineService)Activator.CreateInstance(typeof(OnlineService), nonPublic: true)!;
}

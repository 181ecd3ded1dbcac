using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;

namespace OwlDigital.Domain.Tests.Tenants;

public class TenantInput_Tests
{
    private static Tenant NewTenant() =>
        new(Guid.NewGuid(), "Minden, Stadt", TenantKind.Municipality, "05770024", "057700024024", 82_000, 52.29, 8.92);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void SetName_Should_Reject_An_Empty_Name(string name)
    {
        Should.Throw<BusinessException>(() => NewTenant().SetName(name)).Code.ShouldBe(OwlDigitalErrorCodes.Tenants.InvalidName);
    }

    [Fact]
    public void SetName_Should_Reject_A_Name_Longer_Than_The_Column()
    {
        var exception = Should.Throw<BusinessException>(() => NewTenant().SetName(new string('x', TenantConsts.MaxNameLength + 1)));

        exception.Details["MaxLength"].ShouldBe(TenantConsts.MaxNameLength);
    }

    [Fact]
    public void SetName_Should_Trim()
    {
        var tenant = NewTenant();
        tenant.SetName("  Minden  ");
        tenant.Name.ShouldBe("Minden");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(TenantConsts.MaxPopulation + 1)]
    public void SetPopulation_Should_Reject_Impossible_Values(int population)
    {
        Should.Throw<BusinessException>(() => NewTenant().SetPopulation(population)).Code.ShouldBe(OwlDigitalErrorCodes.Tenants.InvalidPopulation);
    }

    [Theory]
    [InlineData(91, 8)]
    [InlineData(52, 181)]
    [InlineData(double.NaN, 8)]
    public void SetLocation_Should_Reject_Coordinates_Off_The_Globe(double latitude, double longitude)
    {
        Should.Throw<BusinessException>(() => NewTenant().SetLocation(latitude, longitude)).Code.ShouldBe(OwlDigitalErrorCodes.Tenants.InvalidCoordinates);
    }
}

using OwlDigital.ExceptionHandling;
using OwlDigital.Tenants;

namespace OwlDigital.Domain.Tests.Tenants;

public class Tenant_Tests
{
    [Theory]
    [InlineData(TenantKind.Municipality, "05770024", "057700024024", "05770")]
    [InlineData(TenantKind.DistrictFreeCity, "05711000", "057110000000", "05711")]
    [InlineData(TenantKind.District, "05766", "057660000000", "05766")]
    public void ValidateKeys_Should_Accept_Official_Keys_And_Return_The_District(TenantKind kind, string ags, string ars, string districtKey)
    {
        Tenant.ValidateKeys(kind, ags, ars).ShouldBe(districtKey);
    }

    [Theory]
    [InlineData(TenantKind.Municipality, "0577002", "AGS of 7 digits")]
    [InlineData(TenantKind.Municipality, "057700245", "AGS of 9 digits")]
    [InlineData(TenantKind.Municipality, "0577002X", "a letter")]
    [InlineData(TenantKind.District, "05766000", "a district with a municipality key")]
    [InlineData(TenantKind.Municipality, "05766", "a municipality with a district key")]
    [InlineData(TenantKind.Municipality, "", "empty")]
    public void ValidateKeys_Should_Reject_Malformed_Ags(TenantKind kind, string ags, string because)
    {
        var exception = Should.Throw<BusinessException>(() => Tenant.ValidateKeys(kind, ags, "057700024024"), because);

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.MalformedAgs);
        exception.Details["Ags"].ShouldBe(ags);
        exception.Field.ShouldBe("Ags");
    }

    [Theory]
    [InlineData("05770002402")]
    [InlineData("0577000240245")]
    [InlineData("05770002402a")]
    public void ValidateKeys_Should_Reject_Malformed_Ars(string ars)
    {
        var exception = Should.Throw<BusinessException>(() => Tenant.ValidateKeys(TenantKind.Municipality, "05770024", ars));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.MalformedArs);
        exception.Details["Ars"].ShouldBe(ars);
    }

    [Theory]
    [InlineData(TenantKind.Municipality, "05315000", "057150000000", "05315")] // Köln, Regierungsbezirk Köln
    [InlineData(TenantKind.Municipality, "09162000", "091620000000", "09162")] // München
    [InlineData(TenantKind.District, "05566", "055660000000", "05566")] // Kreis Steinfurt, Münsterland
    public void ValidateKeys_Should_Reject_A_District_Outside_Owl(TenantKind kind, string ags, string ars, string districtKey)
    {
        var exception = Should.Throw<BusinessException>(() => Tenant.ValidateKeys(kind, ags, ars));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.DistrictOutsideRegion);
        exception.Details["DistrictKey"].ShouldBe(districtKey);
        exception.Details["Allowed"]!.ToString()!.ShouldContain("05770");
    }

    [Fact]
    public void ValidateKeys_Should_Reject_An_Ars_Of_Another_Municipality()
    {
        var exception = Should.Throw<BusinessException>(() => Tenant.ValidateKeys(TenantKind.Municipality, "05770024", "057700020020"));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.ArsDoesNotMatchAgs);
    }

    [Theory]
    [InlineData(TenantKind.DistrictFreeCity, "05770024", "057700024024")] // Minden is not district-free
    [InlineData(TenantKind.Municipality, "05711000", "057110000000")] // Bielefeld belongs to no district
    [InlineData(TenantKind.District, "05711", "057110000000")] // Bielefeld is no district authority of its own
    public void ValidateKeys_Should_Reject_A_Kind_That_Does_Not_Fit_The_District(TenantKind kind, string ags, string ars)
    {
        var exception = Should.Throw<BusinessException>(() => Tenant.ValidateKeys(kind, ags, ars));

        exception.Code.ShouldBe(OwlDigitalErrorCodes.Tenants.AgsNotInDistrict);
    }

    [Fact]
    public void ValidateKeys_Should_Reject_An_Undefined_Kind()
    {
        Should.Throw<BusinessException>(() => Tenant.ValidateKeys((TenantKind)42, "05770024", "057700024024"))
            .Code.ShouldBe(OwlDigitalErrorCodes.Tenants.AgsNotInDistrict);
    }
}

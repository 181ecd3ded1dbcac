using Microsoft.Extensions.DependencyInjection;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.TestBase;
using OwlDigital.Tenants;
using OwlDigital.Validation;

namespace OwlDigital.Application.Tests.Tenants;

public class TenantAppService_Tests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task GetList_Should_Default_To_The_First_20_By_Name()
    {
        var result = await ListAsync(new GetTenantListInput());

        result.TotalCount.ShouldBe(76);
        result.Items.Count.ShouldBe(PagedAndSortedResultRequestDto.DefaultTake);
        result.Items.Select(t => t.Name).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Create(new System.Globalization.CultureInfo("de-DE"), false));
        result.Items[0].Name.ShouldBe("Altenbeken");
    }

    [Fact]
    public async Task GetList_Should_Sort_By_Population_Both_Ways()
    {
        var descending = await ListAsync(new GetTenantListInput { Sorting = "population desc", Take = 100 });
        var ascending = await ListAsync(new GetTenantListInput { Sorting = "Population", Take = 100 });

        descending.Items[0].Name.ShouldBe("Kreis Gütersloh");
        descending.Items.First(t => t.Kind != TenantKind.District).Name.ShouldBe("Bielefeld, Stadt");
        ascending.Items.Select(t => t.Id).ShouldBe(descending.Items.Select(t => t.Id).Reverse());
    }

    [Theory]
    [InlineData("minden", 2)] // the city and the district
    [InlineData("05770", 12)] // key prefix: the district and its 11 municipalities
    [InlineData("100%", 0)] // LIKE wildcards are taken literally
    [InlineData("Bad_", 0)]
    public async Task GetList_Should_Filter_By_Name_Part_Or_Key_Prefix(string filter, int expected)
    {
        var result = await ListAsync(new GetTenantListInput { Filter = filter, Take = 100 });

        result.TotalCount.ShouldBe(expected);
    }

    [Fact]
    public async Task GetList_Should_Report_Every_Invalid_Field_At_Once()
    {
        var exception = await Should.ThrowAsync<OwlDigitalValidationException>(() =>
            ListAsync(new GetTenantListInput { Skip = -5, Take = 0, Sorting = "population sideways", DistrictKey = "05315" }));

        exception.Errors.Keys.ShouldBe(["Take", "Skip", "Sorting", "DistrictKey"], ignoreOrder: true);
    }

    [Fact]
    public async Task Get_Should_Throw_Not_Found_For_An_Unknown_Id()
    {
        var id = Guid.NewGuid();

        var exception = await Should.ThrowAsync<EntityNotFoundException>(() =>
            database.WithScopeAsync(services => services.GetRequiredService<ITenantAppService>().GetAsync(id)));

        exception.Id.ShouldBe(id);
        exception.EntityType.ShouldBe(typeof(Tenant));
    }

    [Fact]
    public async Task GetAll_Should_Return_Every_Tenant_With_Coordinates_In_Owl()
    {
        var all = await database.WithScopeAsync(services => services.GetRequiredService<ITenantAppService>().GetAllAsync());

        all.Items.Count.ShouldBe(76);
        all.Items.ShouldAllBe(t => t.Latitude > 51.3 && t.Latitude < 52.6 && t.Longitude > 7.9 && t.Longitude < 9.6);
    }

    private Task<PagedResultDto<TenantDto>> ListAsync(GetTenantListInput input) =>
        database.WithScopeAsync(services => services.GetRequiredService<ITenantAppService>().GetListAsync(input));
}

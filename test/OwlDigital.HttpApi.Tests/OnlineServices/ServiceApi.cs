using System.Net;
using System.Net.Http.Json;
using OwlDigital.Memberships;
using OwlDigital.OnlineServices;
using OwlDigital.Portfolios;
using OwlDigital.TestBase;
using OwlDigital.Web.TestBase;

namespace OwlDigital.HttpApi.Tests.OnlineServices;

/// <summary>A signed-in CDO of one tenant with an org unit and open reporting rounds, and the calls the tests make.</summary>
public sealed class ServiceApi(HttpClient client, Guid tenantId, Guid orgUnitId) : IDisposable
{
    public HttpClient Client => client;

    public Guid TenantId => tenantId;

    public Guid OrgUnitId => orgUnitId;

    public static async Task<ServiceApi> ForTenantAsync(WebHostFixture fixture, string ags, params string[] periods)
    {
        var tenantId = await fixture.TenantIdAsync(ags);
        var email = $"services-{ags}@owl.test";
        await fixture.CreateAsync(email, MembershipRole.TenantAdmin, tenantId);
        var client = await fixture.Factory.SignedInClientAsync(email);
        var area = await (await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "I", name = "Zentrale Steuerung" })).Content.ReadFromJsonAsync<OrgUnitDto>(ApiJson.Options);
        var office = await (await client.PostAsJsonAsync("/api/portfolio/org-units", new { code = "0.1", name = "Zentraler Steuerungsdienst", businessAreaId = area!.Id })).Content.ReadFromJsonAsync<OrgUnitDto>(ApiJson.Options);
        foreach (var date in periods)
        {
            (await client.PostAsJsonAsync("/api/portfolio/periods", new { reportingDate = date })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return new ServiceApi(client, tenantId, office!.Id);
    }

    public async Task<OnlineServiceDto> CreateAsync(string number, string title, object? extra = null, params (string Date, string Status)[] statuses)
    {
        var response = await client.PostAsJsonAsync("/api/services", Body(number, title, extra, statuses), ApiJson.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OnlineServiceDto>(ApiJson.Options))!;
    }

    public Task<HttpResponseMessage> TryCreateAsync(string number, string title, object? extra = null, params (string Date, string Status)[] statuses) =>
        client.PostAsJsonAsync("/api/services", Body(number, title, extra, statuses), ApiJson.Options);

    public async Task<T> GetAsync<T>(string url) => (await client.GetFromJsonAsync<T>(url, ApiJson.Options))!;

    private Dictionary<string, object?> Body(string number, string title, object? extra, (string Date, string Status)[] statuses)
    {
        var body = new Dictionary<string, object?>
        {
            ["number"] = number,
            ["orgUnitId"] = orgUnitId,
            ["title"] = title,
            ["statuses"] = statuses.Select(s => new { reportingDate = s.Date, status = s.Status }).ToList(),
        };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }

        return body;
    }

    public void Dispose() => client.Dispose();
}

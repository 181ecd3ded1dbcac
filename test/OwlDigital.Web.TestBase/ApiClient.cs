using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OwlDigital.MultiTenancy;
using OwlDigital.TestBase;

namespace OwlDigital.Web.TestBase;

/// <summary>HTTP clients signed in with a bearer token, as an API client would be.</summary>
public static class ApiClient
{
    public static async Task<HttpClient> SignedInClientAsync(this OwlDigitalWebApplicationFactory factory, string email, Guid? tenantId = null)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/account/token", new { email, password = TestUsers.Password, tenantId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpRequestMessage InTenant(this HttpRequestMessage request, Guid tenantId)
    {
        request.Headers.Add(OwlDigitalClaimTypes.TenantHeader, tenantId.ToString());
        return request;
    }
}

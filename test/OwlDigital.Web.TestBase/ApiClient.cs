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

    /// <summary>
    /// A client signed in the way a browser is: the log-in form (with its antiforgery token) sets
    /// the sign-in cookie, which the client then sends with every request.
    /// </summary>
    public static async Task<HttpClient> CookieSignedInClientAsync(this OwlDigitalWebApplicationFactory factory, string email)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["Email"] = email,
            ["Password"] = TestUsers.Password,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.StartsWith("/account/login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Signing in {email} with the form failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    /// <summary>The antiforgery token a page rendered into its form.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        if (!match.Success)
        {
            throw new InvalidOperationException("The page has no antiforgery token.");
        }

        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static HttpRequestMessage InTenant(this HttpRequestMessage request, Guid tenantId)
    {
        request.Headers.Add(OwlDigitalClaimTypes.TenantHeader, tenantId.ToString());
        return request;
    }
}

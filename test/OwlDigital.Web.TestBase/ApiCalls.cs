using System.Net;
using System.Net.Http.Json;

namespace OwlDigital.Web.TestBase;

/// <summary>JSON calls that must succeed: a refusal fails the test with the problem details the API sent.</summary>
public static class ApiCalls
{
    public static async Task<T> PostOkAsync<T>(this HttpClient client, string url, object body) =>
        await ReadOkAsync<T>(await client.PostAsJsonAsync(url, body, ApiJson.Options));

    public static async Task<T> PutOkAsync<T>(this HttpClient client, string url, object body) =>
        await ReadOkAsync<T>(await client.PutAsJsonAsync(url, body, ApiJson.Options));

    private static async Task<T> ReadOkAsync<T>(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
        {
            throw new HttpRequestException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }
}

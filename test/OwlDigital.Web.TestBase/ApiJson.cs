using System.Text.Json;
using System.Text.Json.Serialization;

namespace OwlDigital.Web.TestBase;

/// <summary>JSON as the API writes it: camelCase, enums as their names.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

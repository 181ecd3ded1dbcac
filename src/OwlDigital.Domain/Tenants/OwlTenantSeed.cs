using System.Text.Json;
using System.Text.Json.Serialization;

namespace OwlDigital.Tenants;

/// <summary>The 76 OWL tenants as shipped with the application (<c>owl-tenants.json</c>).</summary>
public sealed record OwlTenantSeed(string Source, DateOnly AsOf, IReadOnlyList<OwlTenantSeedEntry> Tenants)
{
    public static OwlTenantSeed Load()
    {
        using var stream = typeof(OwlTenantSeed).Assembly.GetManifestResourceStream("OwlDigital.Tenants.owl-tenants.json")
            ?? throw new InvalidOperationException("The embedded tenant seed owl-tenants.json is missing.");
        return JsonSerializer.Deserialize<OwlTenantSeed>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded tenant seed owl-tenants.json is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };
}

public sealed record OwlTenantSeedEntry(
    string Name,
    TenantKind Kind,
    string Ags,
    string Ars,
    int Population,
    double Latitude,
    double Longitude);

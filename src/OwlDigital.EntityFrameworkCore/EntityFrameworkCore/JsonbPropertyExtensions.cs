using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OwlDigital.EntityFrameworkCore;

/// <summary>Values written and read whole (a profile's or a response's answers) as one jsonb document.</summary>
public static class JsonbPropertyExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The document as the conversion stores it, for the rare write in plain SQL.</summary>
    internal static string ToJsonb<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <remarks>
    /// The domain replaces such a value whole and never changes it in place, so comparing references
    /// is enough for change tracking and avoids serialising on every DetectChanges.
    /// </remarks>
    public static PropertyBuilder<T> HasJsonbConversion<T>(this PropertyBuilder<T> property)
        where T : class =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                value => JsonSerializer.Serialize(value, Json),
                text => JsonSerializer.Deserialize<T>(text, Json)!,
                new ValueComparer<T>((a, b) => ReferenceEquals(a, b), value => value.GetHashCode(), value => value))
            .IsRequired();
}

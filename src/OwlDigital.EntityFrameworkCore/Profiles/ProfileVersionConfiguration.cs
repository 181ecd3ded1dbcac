using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.Tenants;

namespace OwlDigital.Profiles;

public sealed class ProfileVersionConfiguration : IEntityTypeConfiguration<ProfileVersion>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public void Configure(EntityTypeBuilder<ProfileVersion> builder)
    {
        builder.ToTable("profile_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ChangedByName).HasMaxLength(256);

        // The answers of a version are written once and read whole: one jsonb document, keyed by question id.
        builder.Property(v => v.Answers)
            .HasColumnType("jsonb")
            .HasConversion(
                answers => JsonSerializer.Serialize(answers, Json),
                text => JsonSerializer.Deserialize<Dictionary<string, ProfileAnswer>>(text, Json) ?? new Dictionary<string, ProfileAnswer>(),
                new ValueComparer<IReadOnlyDictionary<string, ProfileAnswer>>(
                    (a, b) => ReferenceEquals(a, b),
                    answers => answers.Count,
                    answers => answers))
            .IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TenantId, v.Number }).IsUnique();
    }
}

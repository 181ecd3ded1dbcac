using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OwlDigital.Auditing;

public sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable("audit_log_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(AuditLogConsts.MaxUserNameLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditLogConsts.MaxEntityTypeLength).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(AuditLogConsts.MaxEntityIdLength);

        // The changed properties are read together with their entry, never queried one by one.
        builder.Property(e => e.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, Json),
                json => JsonSerializer.Deserialize<List<AuditPropertyChange>>(json, Json) ?? new List<AuditPropertyChange>(),
                new ValueComparer<List<AuditPropertyChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    changes => changes.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    changes => changes.ToList()))
            .IsRequired();

        // No foreign keys: an entry outlives the user, tenant or entity it names.
        builder.HasIndex(e => new { e.TenantId, e.Time });
        builder.HasIndex(e => e.Time);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;

namespace OwlDigital.Profiles;

public sealed class ProfileVersionConfiguration : IEntityTypeConfiguration<ProfileVersion>
{
    public void Configure(EntityTypeBuilder<ProfileVersion> builder)
    {
        builder.ToTable("profile_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ChangedByName).HasMaxLength(256);

        // The answers of a version are written once and read whole: one jsonb document, keyed by question id.
        builder.Property(v => v.Answers).HasJsonbConversion();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.TenantId, v.Number }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(m => m.DistrictKey).HasMaxLength(TenantConsts.DistrictKeyLength);
        builder.HasOne<OwlUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);

        // One role once per user and tenant; host roles (no tenant) count as one place.
        builder.HasIndex(m => new { m.UserId, m.TenantId, m.Role }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(m => m.TenantId);
        builder.ConfigureAuditedAggregateRoot();
    }
}

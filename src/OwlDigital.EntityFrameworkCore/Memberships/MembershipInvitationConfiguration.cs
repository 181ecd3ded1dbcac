using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;
using OwlDigital.Users;

namespace OwlDigital.Memberships;

public sealed class MembershipInvitationConfiguration : IEntityTypeConfiguration<MembershipInvitation>
{
    public void Configure(EntityTypeBuilder<MembershipInvitation> builder)
    {
        builder.ToTable("membership_invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(i => i.Email).HasMaxLength(UserConsts.MaxEmailLength).IsRequired();
        builder.Property(i => i.DisplayName).HasMaxLength(UserConsts.MaxDisplayNameLength).IsRequired();
        builder.HasOne<OwlUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);

        // One open invitation per person and tenant: a second one would be a second mail, not a second role.
        builder.HasIndex(i => new { i.UserId, i.TenantId }).IsUnique();
        builder.HasIndex(i => i.TenantId);
        builder.ConfigureAuditedAggregateRoot();
    }
}

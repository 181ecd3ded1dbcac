using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OwlDigital.Users;

public sealed class OwlUserConfiguration : IEntityTypeConfiguration<OwlUser>
{
    public void Configure(EntityTypeBuilder<OwlUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(OwlUser.MaxDisplayNameLength).IsRequired();
        builder.Property(u => u.CreationTime).IsRequired();
    }
}

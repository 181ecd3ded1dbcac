using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Tenants;

public sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants", table =>
        {
            // The database keeps the key formats too, for rows written by anything but this application.
            table.HasCheckConstraint("ck_tenants_ags_digits", "ags ~ '^[0-9]{5}([0-9]{3})?$'");
            table.HasCheckConstraint("ck_tenants_ars_digits", "ars ~ '^[0-9]{12}$'");
            table.HasCheckConstraint("ck_tenants_population", "population >= 0");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(TenantConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(t => t.Ags).HasMaxLength(TenantConsts.MunicipalityAgsLength).IsRequired();
        builder.Property(t => t.Ars).HasMaxLength(TenantConsts.ArsLength).IsRequired();
        builder.Property(t => t.DistrictKey).HasMaxLength(TenantConsts.DistrictKeyLength).IsRequired();
        builder.Property(t => t.IsActive).HasDefaultValue(true);
        builder.PrimitiveCollection(t => t.Features).IsRequired();
        builder.HasIndex(t => t.Ags).IsUnique();
        builder.HasIndex(t => t.Ars).IsUnique();
        builder.HasIndex(t => t.DistrictKey);
        builder.ConfigureAuditedAggregateRoot();
    }
}

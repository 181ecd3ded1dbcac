using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

public sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Code).HasMaxLength(OrgUnitConsts.MaxCodeLength).IsRequired();
        builder.Property(o => o.Name).HasMaxLength(OrgUnitConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Ignore(o => o.IsBusinessArea);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.BusinessAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.TenantId, o.Code }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

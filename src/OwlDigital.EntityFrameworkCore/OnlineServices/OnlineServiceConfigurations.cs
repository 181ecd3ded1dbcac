using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.Catalog;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Portfolios;
using OwlDigital.Tenants;

namespace OwlDigital.OnlineServices;

public sealed class OnlineServiceConfiguration : IEntityTypeConfiguration<OnlineService>
{
    public void Configure(EntityTypeBuilder<OnlineService> builder)
    {
        builder.ToTable("online_services", table =>
        {
            table.HasCheckConstraint("ck_online_services_maturity", "maturity_level IS NULL OR (maturity_model = 11 AND maturity_level BETWEEN 0 AND 4) OR (maturity_model = 20 AND maturity_level BETWEEN 0 AND 7)");
            table.HasCheckConstraint("ck_online_services_fee", "NOT (payable_online AND fee_required = false)");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Number).HasMaxLength(OnlineServiceConsts.MaxNumberLength).IsRequired();
        builder.Property(s => s.Title).HasMaxLength(OnlineServiceConsts.MaxTitleLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(s => s.FormTool).HasMaxLength(OnlineServiceConsts.MaxFormToolLength);
        builder.Property(s => s.PublicUrl).HasMaxLength(OnlineServiceConsts.MaxUrlLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Measure>().WithMany().HasForeignKey(s => s.MeasureId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<OzgService>().WithMany().HasForeignKey(s => s.OzgServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Statuses).WithOne().HasForeignKey(s => s.OnlineServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.LeiKaLinks).WithOne().HasForeignKey(l => l.OnlineServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Statuses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.LeiKaLinks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => new { s.TenantId, s.Number }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

public sealed class OnlineServiceStatusEntryConfiguration : IEntityTypeConfiguration<OnlineServiceStatusEntry>
{
    public void Configure(EntityTypeBuilder<OnlineServiceStatusEntry> builder)
    {
        builder.ToTable("online_service_statuses", table => table.HasCheckConstraint("ck_online_service_statuses_status", "status BETWEEN 1 AND 3"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OnlineServiceId, s.ReportingDate }).IsUnique();
    }
}

public sealed class OnlineServiceLeiKaLinkConfiguration : IEntityTypeConfiguration<OnlineServiceLeiKaLink>
{
    public void Configure(EntityTypeBuilder<OnlineServiceLeiKaLink> builder)
    {
        builder.ToTable("online_service_leika_links");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.KeyWhenMapped).HasMaxLength(CatalogConsts.LeiKaKeyLength);
        builder.Property(l => l.NameWhenMapped).HasMaxLength(CatalogConsts.MaxNameLength).IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LeiKaService>().WithMany().HasForeignKey(l => l.LeiKaServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.OnlineServiceId, l.LeiKaServiceId }).IsUnique();
        builder.HasIndex(l => l.LeiKaServiceId);
    }
}

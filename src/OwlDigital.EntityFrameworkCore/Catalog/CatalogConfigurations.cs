using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;

namespace OwlDigital.Catalog;

public sealed class OzgTopicConfiguration : IEntityTypeConfiguration<OzgTopic>
{
    public void Configure(EntityTypeBuilder<OzgTopic> builder)
    {
        builder.ToTable("ozg_topics");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(CatalogConsts.MaxTopicLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
    }
}

public sealed class OzgLifeSituationConfiguration : IEntityTypeConfiguration<OzgLifeSituation>
{
    public void Configure(EntityTypeBuilder<OzgLifeSituation> builder)
    {
        builder.ToTable("ozg_life_situations");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(CatalogConsts.MaxTopicLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);

        // Topics and life situations come in separate files; no foreign key, so either may be imported first.
        builder.HasIndex(l => l.TopicId);
    }
}

public sealed class OzgServiceConfiguration : IEntityTypeConfiguration<OzgService>
{
    public void Configure(EntityTypeBuilder<OzgService> builder)
    {
        builder.ToTable("ozg_services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(CatalogConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(s => s.LifeSituation).HasMaxLength(CatalogConsts.MaxTopicLength).IsRequired();
        builder.Property(s => s.Topic).HasMaxLength(CatalogConsts.MaxTopicLength).IsRequired();
        builder.Property(s => s.ResponsibilityType).HasMaxLength(CatalogConsts.MaxResponsibilityTypeLength);
        builder.HasIndex(s => s.Topic);
    }
}

public sealed class LeiKaServiceConfiguration : IEntityTypeConfiguration<LeiKaService>
{
    public void Configure(EntityTypeBuilder<LeiKaService> builder)
    {
        builder.ToTable("leika_services", table => table.HasCheckConstraint("ck_leika_services_key", "key IS NULL OR key ~ '^[0-9]{14}$'"));
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Key).HasMaxLength(CatalogConsts.LeiKaKeyLength);
        builder.Property(s => s.Name).HasMaxLength(CatalogConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(s => s.LeiKaType).HasMaxLength(CatalogConsts.MaxLeiKaTypeLength);
        builder.Property(s => s.LegalBasis).HasMaxLength(CatalogConsts.MaxLegalBasisLength);
        builder.Ignore(s => s.Identity);
        builder.HasOne<OzgService>().WithMany().HasForeignKey(s => s.OzgServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => new { s.MunicipallyRelevant, s.IsRetired });
    }
}

public sealed class LeiKaTypeConfiguration : IEntityTypeConfiguration<LeiKaType>
{
    public void Configure(EntityTypeBuilder<LeiKaType> builder)
    {
        builder.ToTable("leika_types");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("code").HasMaxLength(CatalogConsts.MaxLeiKaTypeLength);
        builder.Property(t => t.Description).HasMaxLength(CatalogConsts.MaxNameLength).IsRequired();
        builder.Ignore(t => t.MunicipallyExecuted);
    }
}

public sealed class EfaServiceConfiguration : IEntityTypeConfiguration<EfaService>
{
    public void Configure(EntityTypeBuilder<EfaService> builder)
    {
        builder.ToTable("efa_services");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(CatalogConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(s => s.ProvidingState).HasMaxLength(CatalogConsts.MaxTopicLength).IsRequired();
        builder.HasOne<OzgService>().WithMany().HasForeignKey(s => s.OzgServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.ConfigureAuditedAggregateRoot();
    }
}

public sealed class CatalogProductConfiguration : IEntityTypeConfiguration<CatalogProduct>
{
    public void Configure(EntityTypeBuilder<CatalogProduct> builder)
    {
        builder.ToTable("catalog_products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(CatalogConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.HasIndex(p => new { p.Kind, p.Name }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

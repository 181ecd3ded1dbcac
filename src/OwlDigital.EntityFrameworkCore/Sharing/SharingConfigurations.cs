using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.Catalog;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.OnlineServices;
using OwlDigital.Tenants;

namespace OwlDigital.Sharing;

public sealed class SharedFormConfiguration : IEntityTypeConfiguration<SharedForm>
{
    public void Configure(EntityTypeBuilder<SharedForm> builder)
    {
        builder.ToTable("shared_forms");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.PublisherName).HasMaxLength(128).IsRequired();
        builder.Property(f => f.DistrictKey).HasMaxLength(5).IsRequired();
        builder.Property(f => f.Title).HasMaxLength(SharingConsts.MaxTitleLength).IsRequired();
        builder.Property(f => f.LeiKaKey).HasMaxLength(14);
        builder.Property(f => f.LeiKaName).HasMaxLength(1024);
        builder.Property(f => f.FormTool).HasMaxLength(SharingConsts.MaxShortTextLength);
        builder.Property(f => f.ToolVersion).HasMaxLength(SharingConsts.MaxShortTextLength);
        builder.Property(f => f.Description).HasMaxLength(SharingConsts.MaxTextLength);
        builder.Property(f => f.Terms).HasMaxLength(SharingConsts.MaxTextLength);
        builder.Property(f => f.Contact).HasMaxLength(SharingConsts.MaxShortTextLength);
        builder.Ignore(f => f.IsPublished);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OzgService>().WithMany().HasForeignKey(f => f.OzgServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(f => f.TenantId);
        builder.HasIndex(f => f.LeiKaKey);
        builder.ConfigureAuditedAggregateRoot();
    }
}

public sealed class SharedFormVersionConfiguration : IEntityTypeConfiguration<SharedFormVersion>
{
    public void Configure(EntityTypeBuilder<SharedFormVersion> builder)
    {
        builder.ToTable("shared_form_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.ToolVersion).HasMaxLength(SharingConsts.MaxShortTextLength);
        builder.Property(v => v.Notes).HasMaxLength(SharingConsts.MaxTextLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.FormId, v.Number }).IsUnique();
    }
}

public sealed class SharedFormAttachmentConfiguration : IEntityTypeConfiguration<SharedFormAttachment>
{
    public void Configure(EntityTypeBuilder<SharedFormAttachment> builder)
    {
        builder.ToTable("shared_form_attachments", table => table.HasCheckConstraint("ck_shared_form_attachments_size", $"size <= {SharingConsts.MaxAttachmentBytes}"));
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(SharingConsts.MaxShortTextLength).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Content).IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SharedForm>().WithMany().HasForeignKey(a => a.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.FormId, a.VersionNumber });
    }
}

public sealed class FormAdoptionConfiguration : IEntityTypeConfiguration<FormAdoption>
{
    public void Configure(EntityTypeBuilder<FormAdoption> builder)
    {
        // No foreign key to shared_forms: the publisher's form lives under the publisher's row-level
        // security, and the adopter's link must outlive a withdrawal.
        builder.ToTable("form_adoptions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FormTitle).HasMaxLength(SharingConsts.MaxTitleLength).IsRequired();
        builder.Property(a => a.PublisherName).HasMaxLength(128).IsRequired();
        builder.Property(a => a.AdopterName).HasMaxLength(128).IsRequired();
        builder.Property(a => a.AdoptedByName).HasMaxLength(256);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OnlineService>().WithMany().HasForeignKey(a => a.OnlineServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.TenantId, a.FormId }).IsUnique();
        builder.HasIndex(a => a.PublisherTenantId);
    }
}

public sealed class FormQuestionConfiguration : IEntityTypeConfiguration<FormQuestion>
{
    public void Configure(EntityTypeBuilder<FormQuestion> builder)
    {
        builder.ToTable("form_questions");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.AuthorTenantName).HasMaxLength(128).IsRequired();
        builder.Property(q => q.AuthorName).HasMaxLength(256);
        builder.Property(q => q.Text).HasMaxLength(SharingConsts.MaxTextLength).IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(q => q.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.FormId, q.AskerTenantId });
    }
}

public sealed class EfaAdoptionPlanConfiguration : IEntityTypeConfiguration<EfaAdoptionPlan>
{
    public void Configure(EntityTypeBuilder<EfaAdoptionPlan> builder)
    {
        builder.ToTable("efa_adoption_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantName).HasMaxLength(128).IsRequired();
        builder.Property(p => p.DistrictKey).HasMaxLength(5).IsRequired();
        builder.Property(p => p.RejectionReason).HasMaxLength(SharingConsts.MaxTextLength);
        builder.Property(p => p.Notes).HasMaxLength(SharingConsts.MaxTextLength);
        builder.Property(p => p.Contact).HasMaxLength(SharingConsts.MaxShortTextLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EfaService>().WithMany().HasForeignKey(p => p.EfaServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TenantId, p.EfaServiceId }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

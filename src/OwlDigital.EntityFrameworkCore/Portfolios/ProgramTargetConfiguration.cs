using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

public sealed class ProgramTargetConfiguration : IEntityTypeConfiguration<ProgramTarget>
{
    public void Configure(EntityTypeBuilder<ProgramTarget> builder)
    {
        builder.ToTable("program_targets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Text).HasMaxLength(ProgramConsts.MaxTargetTextLength).IsRequired();
        builder.Property(t => t.Metric).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(t => t.TargetValue).HasPrecision(14, 2);
        builder.Property(t => t.ManualValue).HasPrecision(14, 2);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

public sealed class MeasureProgressConfiguration : IEntityTypeConfiguration<MeasureProgress>
{
    public void Configure(EntityTypeBuilder<MeasureProgress> builder)
    {
        // The short form the plans use: "0" … "10", "a", "g"; the database refuses anything else.
        builder.ToTable("measure_progress", table =>
            table.HasCheckConstraint("ck_measure_progress_value", "value IN ('0','1','2','3','4','5','6','7','8','9','10','a','g')"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Value)
            .HasConversion(value => value.ToString(), text => ProgressValue.Parse(text))
            .HasMaxLength(2)
            .IsRequired();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.MeasureId, p.ReportingDate }).IsUnique();
    }
}

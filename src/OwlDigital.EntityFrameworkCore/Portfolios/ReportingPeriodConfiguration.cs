using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

public sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.ToTable("reporting_periods", table =>
            table.HasCheckConstraint(
                "ck_reporting_periods_date",
                "(extract(month from reporting_date) = 3 AND extract(day from reporting_date) = 31) OR (extract(month from reporting_date) = 9 AND extract(day from reporting_date) = 30)"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TenantId, p.ReportingDate }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

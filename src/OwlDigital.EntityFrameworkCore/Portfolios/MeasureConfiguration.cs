using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

public sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ToTable("measures", table => table.HasCheckConstraint("ck_measures_benefits", "benefits BETWEEN 1 AND 7"));
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Number).HasMaxLength(MeasureConsts.MaxNumberLength).IsRequired();

        // "2021" or "2020-U(10)", exactly as the plans write it.
        builder.Property(m => m.YearReported)
            .HasConversion(
                year => year.ToString(),
                text => ParseYearReported(text))
            .HasMaxLength(16)
            .IsRequired();
        builder.Property(m => m.Title).HasMaxLength(MeasureConsts.MaxTitleLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(m => m.Description).HasMaxLength(MeasureConsts.MaxDescriptionLength);
        builder.Property(m => m.PlannedIntroduction).HasMaxLength(MeasureConsts.MaxPlannedIntroductionLength);
        builder.Property(m => m.ProjectLead).HasMaxLength(MeasureConsts.MaxProjectLeadLength);
        builder.Property(m => m.Benefits).IsRequired();
        builder.ComplexProperty(m => m.Prioritisation, prioritisation =>
        {
            prioritisation.Property(p => p.CaseVolume).HasColumnName("priority_case_volume");
            prioritisation.Property(p => p.EfficiencyGain).HasColumnName("priority_efficiency_gain");
            prioritisation.Property(p => p.ExistingSolutionToReuse).HasColumnName("priority_existing_solution");
            prioritisation.Property(p => p.CitizenBenefit).HasColumnName("priority_citizen_benefit");
            prioritisation.Property(p => p.InternalBenefit).HasColumnName("priority_internal_benefit");
            prioritisation.Property(p => p.StaffDeparturesExpected).HasColumnName("priority_staff_departures");
        });
        builder.ComplexProperty(m => m.Costs, costs =>
        {
            costs.Property(c => c.OneTimeInvestment).HasColumnName("cost_one_time").HasPrecision(14, 2);
            costs.Property(c => c.RunningCostPerYear).HasColumnName("cost_running_per_year").HasPrecision(14, 2);
            costs.Property(c => c.FullTimeEquivalents).HasColumnName("cost_full_time_equivalents").HasPrecision(6, 2);
        });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DigitalProgram>().WithMany().HasForeignKey(m => m.ProgramId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Progress).WithOne().HasForeignKey(p => p.MeasureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Progress).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => new { m.TenantId, m.Number }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }

    private static YearReported ParseYearReported(string text) =>
        YearReported.TryParse(text, out var year) ? year : throw new InvalidOperationException($"Stored year reported \"{text}\" is malformed.");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;

namespace OwlDigital.Portfolios;

public sealed class DigitalProgramConfiguration : IEntityTypeConfiguration<DigitalProgram>
{
    public void Configure(EntityTypeBuilder<DigitalProgram> builder)
    {
        builder.ToTable("programs");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(ProgramConsts.MaxNameLength).IsRequired().UseCollation(OwlDigitalDbContext.GermanCollation);
        builder.Property(p => p.Description).HasMaxLength(ProgramConsts.MaxDescriptionLength);
        builder.Property(p => p.StrategicGoal).HasMaxLength(ProgramConsts.MaxStrategicGoalLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.TenantId, p.Name }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

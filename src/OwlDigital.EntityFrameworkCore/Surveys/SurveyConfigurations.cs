using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OwlDigital.EntityFrameworkCore;
using OwlDigital.Tenants;

namespace OwlDigital.Surveys;

public sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> builder)
    {
        builder.ToTable("survey_rounds", table => table.HasCheckConstraint("ck_survey_rounds_period", "period_end >= period_start"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(SurveyConsts.MaxNameLength).IsRequired();
        builder.Property(r => r.QuestionIds).IsRequired();
        builder.Property(r => r.QuestionVersions).HasJsonbConversion();
        builder.HasIndex(r => r.Name).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Answers).HasJsonbConversion();
        builder.Property(r => r.Derived).HasJsonbConversion();
        builder.Property(r => r.EnteredByName).HasMaxLength(256);
        builder.Property(r => r.SignedOffByName).HasMaxLength(256);
        builder.Property(r => r.ReviewComment).HasMaxLength(SurveyConsts.MaxCommentLength);
        builder.Property(r => r.ReviewedByName).HasMaxLength(256);
        builder.Property(r => r.Corrections).HasJsonbConversion();
        builder.Ignore(r => r.IsSignedOff);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.RoundId }).IsUnique();
        builder.ConfigureAuditedAggregateRoot();
    }
}

public sealed class SurveyPublicationConfiguration : IEntityTypeConfiguration<SurveyPublication>
{
    public void Configure(EntityTypeBuilder<SurveyPublication> builder)
    {
        builder.ToTable("survey_publications");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("round_id").ValueGeneratedNever();
        builder.Ignore(p => p.RoundId);
        builder.Property(p => p.Content).HasJsonbConversion();
        builder.HasOne<SurveyRound>().WithOne().HasForeignKey<SurveyPublication>(p => p.Id).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SurveyRoundFiguresConfiguration : IEntityTypeConfiguration<SurveyRoundFigures>
{
    public void Configure(EntityTypeBuilder<SurveyRoundFigures> builder)
    {
        builder.ToTable("survey_round_figures");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.SelectionKey).HasMaxLength(64);
        builder.Property(f => f.Questions).HasJsonbConversion();
        builder.HasIndex(f => new { f.RoundId, f.SelectionKey }).IsUnique();
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(f => f.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

namespace OwlDigital.Portfolios;

/// <summary>Create or change a measure. <see cref="ConcurrencyStamp"/> is required for a change: the stamp as read.</summary>
public sealed class SaveMeasureDto
{
    /// <summary>"MP 011". Fixed once created (council papers and imports refer to it); ignored on update.</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>"2021", or "2020-U(10)" for a measure already implemented when the plan was first drawn up.</summary>
    public string YearReported { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string? PlannedIntroduction { get; set; }

    public BenefitCategories Benefits { get; set; }

    public string? ProjectLead { get; set; }

    /// <summary>The strategy program of the measure, if any.</summary>
    public Guid? ProgramId { get; set; }

    public PrioritisationDto? Prioritisation { get; set; }

    public CostsDto? Costs { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

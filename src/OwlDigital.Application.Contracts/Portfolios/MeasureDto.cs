namespace OwlDigital.Portfolios;

/// <summary>A measure as lists and forms show it; progress values in their short form ("7", "a", "g").</summary>
public sealed record MeasureDto(
    Guid Id,
    string Number,
    string YearReported,
    Guid OrgUnitId,
    string OrgUnitCode,
    string Title,
    string? Description,
    string? PlannedIntroduction,
    BenefitCategories Benefits,
    string? ProjectLead,
    Guid? ProgramId,
    PrioritisationDto Prioritisation,
    CostsDto Costs,
    IReadOnlyList<ProgressEntryDto> Progress,
    string ConcurrencyStamp);

public sealed record ProgressEntryDto(DateOnly ReportingDate, string Value, MeasureStatus Status);

public sealed record PrioritisationDto(
    Rating? CaseVolume,
    Rating? EfficiencyGain,
    bool? ExistingSolutionToReuse,
    Rating? CitizenBenefit,
    Rating? InternalBenefit,
    bool? StaffDeparturesExpected);

public sealed record CostsDto(decimal? OneTimeInvestment, decimal? RunningCostPerYear, decimal? FullTimeEquivalents);

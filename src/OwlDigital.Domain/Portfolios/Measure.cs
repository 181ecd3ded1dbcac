using System.Text.RegularExpressions;
using OwlDigital.Entities;
using OwlDigital.ExceptionHandling;
using OwlDigital.MultiTenancy;

namespace OwlDigital.Portfolios;

/// <summary>
/// A measure of the tenant's digitalisation portfolio (Maßnahme, e.g. "MP 011 Online-Bürgerbeteiligung")
/// with its progress at each reporting date. The status is derived from the progress, never stored.
/// The number is unique per tenant (checked by <see cref="MeasureManager"/>).
/// </summary>
public partial class Measure : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<MeasureProgress> _progress = [];

    private Measure()
    {
        Number = null!;
        Title = null!;
        Prioritisation = Prioritisation.Open;
        Costs = MeasureCosts.None;
    }

    internal Measure(Guid id, string number, YearReported yearReported, Guid orgUnitId, string title, BenefitCategories benefits)
        : base(id)
    {
        Number = NormalizeNumber(number);
        YearReported = yearReported;
        OrgUnitId = orgUnitId;
        Title = null!;
        SetTitle(title);
        SetBenefits(benefits);
        Prioritisation = Prioritisation.Open;
        Costs = MeasureCosts.None;
    }

    public Guid TenantId { get; private set; }

    /// <summary>"MP 011": the letters, one blank, at least three digits.</summary>
    public string Number { get; private set; }

    public YearReported YearReported { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Free text as the plans have it: "2022", "2010-2012", "Q3 2024".</summary>
    public string? PlannedIntroduction { get; private set; }

    public BenefitCategories Benefits { get; private set; }

    /// <summary>The strategy program the measure belongs to, if any.</summary>
    public Guid? ProgramId { get; private set; }

    public void AssignToProgram(Guid? programId) => ProgramId = programId;

    public string? ProjectLead { get; private set; }

    public Prioritisation Prioritisation { get; private set; }

    public MeasureCosts Costs { get; private set; }

    public IReadOnlyCollection<MeasureProgress> Progress => _progress;

    /// <summary>Generated for the demo installation (run command's demo mode), never real data.</summary>
    public bool IsDemo { get; private set; }

    public void MarkAsDemo() => IsDemo = true;

    /// <summary>Puts "mp11", "MP  011" and "MP 011" in the one form "MP 011", or refuses what is no measure number.</summary>
    public static string NormalizeNumber(string? number)
    {
        var match = NumberPattern().Match(number?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidMeasureNumber)
                .WithDetail("Number", number)
                .ForField(nameof(Number));
        }

        return $"{match.Groups["prefix"].Value.ToUpperInvariant()} {int.Parse(match.Groups["digits"].Value, System.Globalization.CultureInfo.InvariantCulture):D3}";
    }

    public void SetTitle(string title)
    {
        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MeasureConsts.MaxTitleLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidMeasureTitle)
                .WithDetail("MaxLength", MeasureConsts.MaxTitleLength)
                .ForField(nameof(Title));
        }

        Title = trimmed;
    }

    public void SetBenefits(BenefitCategories benefits)
    {
        var known = BenefitCategories.ServiceImprovement | BenefitCategories.CostSaving | BenefitCategories.InternalBenefit;
        if (benefits == BenefitCategories.None || (benefits & ~known) != 0)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.NoBenefitCategory).ForField(nameof(Benefits));
        }

        Benefits = benefits;
    }

    public void SetDetails(string? description, string? plannedIntroduction, string? projectLead)
    {
        Description = Limit(description, MeasureConsts.MaxDescriptionLength, nameof(Description));
        PlannedIntroduction = Limit(plannedIntroduction, MeasureConsts.MaxPlannedIntroductionLength, nameof(PlannedIntroduction));
        ProjectLead = Limit(projectLead, MeasureConsts.MaxProjectLeadLength, nameof(ProjectLead));
    }

    public void SetPrioritisation(Prioritisation prioritisation) => Prioritisation = prioritisation;

    public void SetCosts(MeasureCosts costs)
    {
        costs.Validate();
        Costs = costs;
    }

    public void MoveTo(Guid orgUnitId, YearReported yearReported)
    {
        OrgUnitId = orgUnitId;
        YearReported = yearReported;
    }

    public ProgressValue? ProgressAt(DateOnly reportingDate) =>
        _progress.FirstOrDefault(p => p.ReportingDate == reportingDate)?.Value;

    public MeasureStatus? StatusAt(DateOnly reportingDate) => ProgressAt(reportingDate)?.Status;

    /// <summary>
    /// Records (or with null, withdraws) the progress at a reporting date. Whether the period is
    /// still open is the period's rule; <see cref="ReportingPeriod.EnsureOpen"/> is checked by the caller.
    /// </summary>
    public void ReportProgress(DateOnly reportingDate, ProgressValue? value)
    {
        if (!ReportingDates.IsReportingDate(reportingDate))
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.NotAReportingDate)
                .WithDetail("Date", reportingDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture))
                .ForField("ReportingDate");
        }

        var existing = _progress.FirstOrDefault(p => p.ReportingDate == reportingDate);
        if (existing?.Value == value)
        {
            return;
        }

        if (value is not { } reported)
        {
            _progress.Remove(existing!);
        }
        else if (existing is null)
        {
            _progress.Add(new MeasureProgress(Guid.NewGuid(), Id, reportingDate, reported));
        }
        else
        {
            existing.Value = reported;
        }

        RenewConcurrencyStamp();
    }

    private static string? Limit(string? text, int maxLength, string field)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is { Length: var length } && length > maxLength)
        {
            throw new BusinessException(OwlDigitalErrorCodes.Portfolios.TextTooLong)
                .WithDetail("MaxLength", maxLength)
                .ForField(field);
        }

        return trimmed;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Za-z]{2})\s*(?<digits>\d{1,6})$")]
    private static partial Regex NumberPattern();
}

namespace OwlDigital.Portfolios;

internal static class PortfolioMappings
{
    public static MeasureDto ToDto(this Measure measure, IReadOnlyDictionary<Guid, OrgUnit> orgUnits) =>
        measure.ToDto(orgUnits.TryGetValue(measure.OrgUnitId, out var orgUnit) ? orgUnit.Code : string.Empty);

    public static MeasureDto ToDto(this Measure measure, string orgUnitCode) => new(
        measure.Id,
        measure.Number,
        measure.YearReported.ToString(),
        measure.OrgUnitId,
        orgUnitCode,
        measure.Title,
        measure.Description,
        measure.PlannedIntroduction,
        measure.Benefits,
        measure.ProjectLead,
        measure.ProgramId,
        new PrioritisationDto(
            measure.Prioritisation.CaseVolume,
            measure.Prioritisation.EfficiencyGain,
            measure.Prioritisation.ExistingSolutionToReuse,
            measure.Prioritisation.CitizenBenefit,
            measure.Prioritisation.InternalBenefit,
            measure.Prioritisation.StaffDeparturesExpected),
        new CostsDto(measure.Costs.OneTimeInvestment, measure.Costs.RunningCostPerYear, measure.Costs.FullTimeEquivalents),
        measure.Progress.OrderBy(p => p.ReportingDate).Select(p => new ProgressEntryDto(p.ReportingDate, p.Value.ToString(), p.Value.Status)).ToList(),
        measure.ConcurrencyStamp);

    public static ReportingPeriodDto ToDto(this ReportingPeriod period, IReadOnlyCollection<Measure> measures) => new(
        period.Id,
        period.ReportingDate,
        period.IsClosed,
        measures.Count,
        measures.Count(m => m.ProgressAt(period.ReportingDate) is not null),
        period.ConcurrencyStamp);

    public static CouncilReportDto ToDto(this CouncilReport report, int measureCount) => new(
        report.Columns
            .Select(c => new CouncilReportColumnDto(
                c.ReportingDate,
                c.ByStatus.OrderBy(s => s.Key).Select(s => new StatusFiguresDto(s.Key, s.Value.Count, s.Value.Sum)).ToList(),
                c.Total.Count,
                c.Total.Sum,
                c.NewlyImplemented))
            .ToList(),
        report.ByYearReported.Select(y => new YearReportedCountDto(y.YearReported, y.Count)).ToList(),
        measureCount,
        report.NewOfLatestYear.Select(m => new NewMeasureDto(m.Number, m.Title)).ToList());
}

using Microsoft.Extensions.Localization;
using OwlDigital.Authorization;
using OwlDigital.Dtos;
using OwlDigital.ExceptionHandling;
using OwlDigital.Localization;
using OwlDigital.Uow;
using OwlDigital.Validation;

namespace OwlDigital.Portfolios;

public sealed class MeasureAppService(
    IMeasureRepository measures,
    IOrgUnitRepository orgUnits,
    IProgramRepository programs,
    MeasureManager measureManager,
    IUnitOfWork unitOfWork,
    IStringLocalizer<OwlDigitalResource> localizer) : IMeasureAppService
{
    private static readonly IReadOnlyDictionary<string, MeasureSortField> SortFields =
        Enum.GetValues<MeasureSortField>().ToDictionary(f => f.ToString(), f => f, StringComparer.OrdinalIgnoreCase);

    public async Task<PagedResultDto<MeasureDto>> GetListAsync(GetMeasureListInput input, CancellationToken cancellationToken = default)
    {
        var page = await measures.GetPageAsync(ToQuery(input), cancellationToken);
        return new PagedResultDto<MeasureDto>(page.TotalCount, page.Items.Select(m => m.ToDto(page.OrgUnitCodes.GetValueOrDefault(m.OrgUnitId, string.Empty))).ToList());
    }

    public async Task<MeasureDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        return (await GetOrThrowAsync(id, cancellationToken)).ToDto(await OrgUnitsAsync(cancellationToken));
    }

    public async Task<MeasureDto> CreateAsync(SaveMeasureDto input, CancellationToken cancellationToken = default)
    {
        var yearReported = ParseYear(input.YearReported);
        var measure = await measureManager.CreateAsync(input.Number, yearReported, input.OrgUnitId, input.Title, input.Benefits, cancellationToken);
        await ApplyAsync(measure, input, cancellationToken);
        await measures.InsertAsync(measure, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return measure.ToDto(await OrgUnitsAsync(cancellationToken));
    }

    public async Task<MeasureDto> UpdateAsync(Guid id, SaveMeasureDto input, CancellationToken cancellationToken = default)
    {
        var measure = await GetOrThrowAsync(id, cancellationToken);
        if (measure.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            throw new BusinessException(OwlDigitalErrorCodes.ConcurrencyConflict);
        }

        if (await orgUnits.FindAsync(input.OrgUnitId, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(OrgUnit), input.OrgUnitId);
        }

        measure.MoveTo(input.OrgUnitId, ParseYear(input.YearReported));
        measure.SetTitle(input.Title);
        measure.SetBenefits(input.Benefits);
        await ApplyAsync(measure, input, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return measure.ToDto(await OrgUnitsAsync(cancellationToken));
    }

    private async Task ApplyAsync(Measure measure, SaveMeasureDto input, CancellationToken cancellationToken)
    {
        if (input.ProgramId is { } programId && await programs.FindAsync(programId, cancellationToken) is null)
        {
            throw new EntityNotFoundException(typeof(DigitalProgram), programId);
        }

        measure.AssignToProgram(input.ProgramId);
        measure.SetDetails(input.Description, input.PlannedIntroduction, input.ProjectLead);
        if (input.Prioritisation is { } p)
        {
            measure.SetPrioritisation(new Prioritisation(p.CaseVolume, p.EfficiencyGain, p.ExistingSolutionToReuse, p.CitizenBenefit, p.InternalBenefit, p.StaffDeparturesExpected));
        }

        if (input.Costs is { } c)
        {
            measure.SetCosts(new MeasureCosts(c.OneTimeInvestment, c.RunningCostPerYear, c.FullTimeEquivalents));
        }
    }

    private static YearReported ParseYear(string? text) =>
        YearReported.TryParse(text, out var year)
            ? year
            : throw new BusinessException(OwlDigitalErrorCodes.Portfolios.InvalidYearReported).WithDetail("Value", text).ForField(nameof(SaveMeasureDto.YearReported));

    private async Task<Measure> GetOrThrowAsync(Guid id, CancellationToken cancellationToken) =>
        await measures.FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(Measure), id);

    private async Task<IReadOnlyDictionary<Guid, OrgUnit>> OrgUnitsAsync(CancellationToken cancellationToken) =>
        (await orgUnits.GetListAsync(cancellationToken)).ToDictionary(o => o.Id);

    private MeasureListQuery ToQuery(GetMeasureListInput input)
    {
        var errors = new ValidationErrorCollector();
        errors.AddPagingErrors(input.Skip, input.Take, localizer);

        var field = MeasureSortField.Number;
        var descending = false;
        if (!string.IsNullOrWhiteSpace(input.Sorting))
        {
            var parts = input.Sorting.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var direction = parts.Length == 2 ? parts[1].ToLowerInvariant() : "asc";
            if (parts.Length > 2 || !SortFields.TryGetValue(parts[0], out field) || direction is not ("asc" or "desc"))
            {
                errors.Add(nameof(input.Sorting), localizer["Validation:UnknownSorting", input.Sorting, string.Join(", ", SortFields.Keys.Select(k => k.ToLowerInvariant()))]);
            }

            descending = direction == "desc";
        }

        errors.ThrowIfAny();
        return new MeasureListQuery(input.Skip, input.Take, field, descending, string.IsNullOrWhiteSpace(input.Filter) ? null : input.Filter.Trim(), input.OrgUnitId);
    }
}
